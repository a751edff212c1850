/**
 * Several simulated n8n processes sharing one stored credential, in virtual time: each process has
 * its own provider and coordinator, and sends requests the way n8n's httpRequestWithAuthentication
 * and the node's request loop do (credential read per request, preAuthentication when the token field
 * is empty or after a 401, its answer stored, one replay; the loop waits and sends again when told).
 */
import { sleep as realSleep } from 'n8n-workflow';

import { FlexportTokenProvider } from '../../../credentials/token/FlexportTokenProvider';
import { newRefreshWait, tokenRefreshWait } from '../../../credentials/token/refreshWait';
import { TokenCoordinator } from '../../../credentials/token/TokenCoordinator';
import type { TokenHttpResponse } from '../../../credentials/token/tokenEndpoint';
import {
	parseTokenLease,
	serializeTokenLease,
	type TokenLease,
} from '../../../credentials/token/tokenLease';
import {
	parseTokenState,
	serializeTokenState,
	type TokenState,
} from '../../../credentials/token/tokenState';
import { jwt, settings } from './fixtures';

export class VirtualClock {
	ms = Date.UTC(2026, 10, 23, 12, 0, 0);
	private timers: Array<{ at: number; seq: number; resolve: () => void }> = [];
	private seq = 0;

	now = () => this.ms;

	sleep = async (ms: number) =>
		await new Promise<void>((resolve) => {
			this.timers.push({ at: this.ms + Math.max(0, ms), seq: this.seq++, resolve });
		});

	/** Runs until `work` settles; whenever everything waits, time jumps to the next timer. */
	async run<T>(work: Promise<T>, limitMs = 30 * 60_000): Promise<T> {
		let settled = false;
		const done = work.finally(() => (settled = true));
		const start = this.ms;
		for (;;) {
			await realSleep(0); // every promise that can move on does
			if (settled) return await done;
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const next = this.timers.shift();
			if (!next) throw new Error('nothing left to wait for, but the work has not finished');
			this.ms = Math.max(this.ms, next.at);
			if (this.ms - start > limitMs) throw new Error('virtual time limit reached');
			next.resolve();
		}
	}
}

interface IssuedToken {
	expiresAt: number;
	revoked: boolean;
}

/** Flexport as the fleet sees it: a token endpoint and an API that checks bearer tokens. */
export class FakeFlexport {
	readonly issued = new Map<string, IssuedToken>();
	readonly tokenRequests: number[] = [];
	/** API requests that carried an expired or revoked token. */
	readonly refusedTokens: Array<{ at: number; reason: 'expired' | 'revoked' | 'unknown' }> = [];
	apiRequests = 0;
	tokenLatencyMs = 50;
	lifetimeS = 86_400;
	/** Token requests that never get an answer (the process asking dies first). */
	hangTokenRequests = 0;
	/** Answers given instead of a token, in order. */
	readonly tokenFaults: TokenHttpResponse[] = [];

	constructor(private readonly clock: VirtualClock) {}

	http = async (): Promise<TokenHttpResponse> => {
		this.tokenRequests.push(this.clock.now());
		if (this.hangTokenRequests > 0) {
			this.hangTokenRequests--;
			return await new Promise<TokenHttpResponse>(() => undefined);
		}
		await this.clock.sleep(this.tokenLatencyMs);
		const fault = this.tokenFaults.shift();
		if (fault) return fault;
		const token = jwt(Math.floor(this.clock.now() / 1000) + this.lifetimeS);
		this.issued.set(token, { expiresAt: this.clock.now() + this.lifetimeS * 1000, revoked: false });
		return { status: 200, body: { access_token: token, expires_in: this.lifetimeS } };
	};

	/** 200, or 401 for a missing, unknown, expired or revoked token. */
	status(authorization: string | undefined): number {
		if (!authorization) return 401;
		const record = this.issued.get(authorization.replace(/^Bearer /, ''));
		const reason = !record
			? 'unknown'
			: record.revoked
				? 'revoked'
				: this.clock.now() >= record.expiresAt
					? 'expired'
					: undefined;
		if (!reason) return 200;
		this.refusedTokens.push({ at: this.clock.now(), reason });
		return 401;
	}

	revokeAll(): void {
		for (const record of this.issued.values()) record.revoked = true;
	}
}

/** The credential row in n8n's database. */
export class StoredCredentialRow {
	fields: Record<string, string> = { managedToken: '', managedTokenLease: '' };
	writes = 0;

	read(): Record<string, string> {
		return { ...this.fields };
	}

	write(output: Record<string, unknown>): void {
		this.writes++;
		for (const [key, value] of Object.entries(output)) this.fields[key] = String(value);
	}

	get token(): TokenState | undefined {
		return parseTokenState(this.fields.managedToken);
	}

	get lease(): TokenLease | undefined {
		return parseTokenLease(this.fields.managedTokenLease);
	}
}

type Settled<T> = { value: T } | { error: unknown };

async function settle<T>(work: Promise<T>): Promise<Settled<T>> {
	return await work.then(
		(value) => ({ value }),
		(error: unknown) => ({ error }),
	);
}

function unwrap<T>(outcome: Settled<T>): T {
	if ('error' in outcome) throw outcome.error;
	return outcome.value;
}

class HttpError extends Error {
	constructor(readonly response: { status: number }) {
		super(`Request failed with status code ${response.status}`);
	}
}

export class SimulatedProcess {
	readonly provider: FlexportTokenProvider;
	readonly coordinator: TokenCoordinator;
	/** Virtual latency of one API request from this process. */
	apiLatencyMs = 20;
	/** How long n8n takes to store what preAuthentication returned (database, encryption, load). */
	writeLatencyMs = 0;

	constructor(
		readonly fleet: Fleet,
		readonly id: string,
	) {
		const { clock } = fleet;
		this.provider = new FlexportTokenProvider({ now: clock.now });
		this.coordinator = new TokenCoordinator({
			provider: this.provider,
			now: clock.now,
			sleep: clock.sleep,
			random: () => 0.5,
			processId: id,
		});
	}

	private transport = {
		http: async () => await this.fleet.flexport.http(),
		checkToken: async (accessToken: string) => {
			await this.fleet.clock.sleep(this.apiLatencyMs);
			return this.fleet.flexport.status(`Bearer ${accessToken}`) === 401 ? 'rejected' : 'valid';
		},
	} as const;

	private async preAuthentication(credentials: Record<string, string>): Promise<void> {
		const write = await this.coordinator.preAuthenticate(
			settings,
			{
				token: parseTokenState(credentials.managedToken),
				lease: parseTokenLease(credentials.managedTokenLease),
			},
			this.transport,
			credentials,
		);
		if (!write) return;
		const output = {
			managedToken: write.token ? serializeTokenState(write.token) : '',
			managedTokenLease: serializeTokenLease(write.lease),
		};
		if (this.writeLatencyMs > 0) await this.fleet.clock.sleep(this.writeLatencyMs);
		this.fleet.row.write(output);
		Object.assign(credentials, output);
	}

	private async send(credentials: Record<string, string>, canWait: boolean): Promise<number> {
		const token = this.coordinator.authorize(
			settings,
			{
				token: parseTokenState(credentials.managedToken),
				lease: parseTokenLease(credentials.managedTokenLease),
			},
			{ credentials, canWait },
		);
		await this.fleet.clock.sleep(this.apiLatencyMs);
		this.fleet.flexport.apiRequests++;
		const status = this.fleet.flexport.status(token && `Bearer ${token.accessToken}`);
		if (status !== 200) throw new HttpError({ status });
		return status;
	}

	/** n8n's httpRequestWithAuthentication for one request. */
	async httpRequestWithAuthentication(canWait: boolean): Promise<number> {
		const credentials = this.fleet.row.read();
		if (credentials.managedToken === '') await this.preAuthentication(credentials);
		const first = await settle(this.send(credentials, canWait));
		const refused =
			'error' in first && first.error instanceof HttpError && first.error.response.status === 401;
		if (!refused) return unwrap(first);
		await this.preAuthentication(credentials);
		return await this.send(credentials, canWait);
	}

	/** The node's request loop: waits and sends again while the token is being obtained. */
	async request({ canWait = true } = {}): Promise<number> {
		const wait = newRefreshWait();
		for (;;) {
			const outcome = await settle(this.httpRequestWithAuthentication(canWait));
			const ms = 'error' in outcome && canWait ? tokenRefreshWait(outcome.error, wait) : undefined;
			if (ms === undefined) return unwrap(outcome);
			await this.fleet.clock.sleep(ms);
		}
	}
}

export interface Outcome {
	status?: number;
	error?: Error;
}

export class Fleet {
	readonly clock = new VirtualClock();
	readonly flexport = new FakeFlexport(this.clock);
	readonly row = new StoredCredentialRow();
	readonly processes: SimulatedProcess[];

	constructor(count = 3) {
		this.processes = Array.from({ length: count }, (_, i) => new SimulatedProcess(this, `p${i}`));
	}

	/** `perProcess` requests at once from every process; resolves every outcome. */
	async burst(perProcess: number, options: { canWait?: boolean } = {}) {
		const all = this.processes.flatMap((process) =>
			Array.from(
				{ length: perProcess },
				async () =>
					await process.request(options).then(
						(status) => ({ status }),
						(error: Error) => ({ error }),
					),
			),
		);
		return await this.clock.run(Promise.all(all));
	}
}
