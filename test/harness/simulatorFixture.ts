/**
 * A simulator plus a credential store, for tests that run the node in n8n-core against real HTTP.
 * Usage: const env = useSimulator(); ... await env.run({ parameters: {...} })
 */
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeListSearchResult,
} from 'n8n-workflow';

import { tokenProvider } from '../../credentials/token/n8nTokenTransport';
import { type ListSearchMethod, type ListSearchOptions, runListSearch } from './loadOptionsHarness';
import { CredentialStore, runFlexportNode, type RunOptions, type RunResult } from './n8nHarness';

// Test-only file access: the secret-scan tally is written next to the jest reports.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import * as fs from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import * as path from 'node:path';

// The simulator is plain JavaScript shared with the demo and the e2e suite.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../simulator') as {
	startSimulator: (options?: IDataObject) => Promise<Simulator>;
};

export interface SimulatedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: unknown;
	status: number;
	operationId: string | null;
	validationErrors: string[];
}

export interface Simulator {
	url: string;
	tokenUrl: string;
	clientId: string;
	clientSecret: string;
	apiKey: string;
	requests: SimulatedRequest[];
	stats(): {
		tokenRequests: number;
		tokensIssued: number;
		apiRequests: number;
		byStatus: Record<string, number>;
	};
	resetStats(): void;
	setFaults(faults: IDataObject): void;
	clearFaults(): void;
	advanceClock(ms: number): void;
	revokeTokens(): void;
	setSettings(settings: IDataObject): void;
	webhookSecret: string;
	close(): Promise<void>;
	[key: string]: unknown;
}

export interface SimulatorEnv {
	sim: Simulator;
	store: CredentialStore;
	run(
		options: Omit<RunOptions, 'credentialId'> & { credentialId?: string },
	): Promise<RunResult & { requests: SimulatedRequest[] }>;
	/** A list search as the editor runs it, with the API requests it sent. */
	listSearch(
		method: ListSearchMethod,
		options?: ListSearchOptions,
	): Promise<INodeListSearchResult & { requests: SimulatedRequest[] }>;
	/** API requests (not /oauth/token) seen since the last run started. */
	apiRequests(): SimulatedRequest[];
}

type CredentialData = (
	sim: Simulator,
	overrides?: ICredentialDataDecryptedObject,
) => ICredentialDataDecryptedObject;

// One place for the simulator's credential data, shared with the benchmark (bench/lib/).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const credentialData = require('../simulator/credential-data') as {
	oauthCredentialData: CredentialData;
	apiKeyCredentialData: CredentialData;
};

/** A "Flexport OAuth2 API" credential for the simulator. */
export const oauthCredentialData: CredentialData = credentialData.oauthCredentialData;

/** Secret scans done by this test file (every run's output items and error are scanned). */
export const secretScans = { runs: 0, secretsChecked: 0 };

/**
 * Fails the test when output items or the error of a run contain the client secret, the API key
 * or any token the credential ever held. Returns how many secrets were checked.
 */
export function assertNoSecrets(sim: Simulator, store: CredentialStore, result: RunResult): number {
	const secrets = [sim.clientSecret, sim.apiKey, ...store.tokensSeen].filter(
		(secret) => secret && secret.length >= 8,
	);
	const error = result.error as (Error & { description?: string }) | undefined;
	const haystacks = [
		JSON.stringify(
			result.items.map((item) => ({
				json: item.json,
				binary: item.binary && Object.keys(item.binary),
			})),
		),
		error ? `${error.message}\n${error.description ?? ''}\n${JSON.stringify(error)}` : '',
	];
	for (const secret of secrets) {
		for (const text of haystacks) {
			if (text.includes(secret))
				throw new Error(
					`A secret or token leaked into the node's output or error: ${text.slice(0, 200)}`,
				);
		}
	}
	return secrets.length;
}

function recordSecretScans(): void {
	if (secretScans.runs === 0) return;
	const dir = path.resolve('.cache', 'test-reports'); // jest runs from the repository root
	fs.mkdirSync(dir, { recursive: true });
	fs.appendFileSync(path.join(dir, 'secret-scans.jsonl'), `${JSON.stringify(secretScans)}\n`);
}

/**
 * The API requests of one run as an operation sees them. When the token is replaced while a request
 * waits (on a slow host the credential's claim can settle first: credentials/token/ownClaims.ts), the
 * request goes out once without a token and Flexport's 401 makes n8n fetch the token and send it again
 * (docs/scaling.md). That one unauthenticated 401, directly followed by the same request, is left
 * out; a second one in the same run, or a 401 to a request that carried a token, stays in.
 */
export function withoutTokenHandOver(requests: SimulatedRequest[]): SimulatedRequest[] {
	const index = requests.findIndex(
		(request, at) =>
			request.status === 401 &&
			request.headers.authorization === undefined &&
			requests[at + 1]?.method === request.method &&
			requests[at + 1]?.path === request.path &&
			requests[at + 1]?.headers.authorization !== undefined,
	);
	return index === -1 ? requests : requests.filter((_, at) => at !== index);
}

/** Starts one simulator for the test file and a fresh credential for every test. */
export function useSimulator(options: IDataObject = {}): SimulatorEnv {
	const env = {} as SimulatorEnv;
	let since = 0;
	beforeAll(async () => {
		env.sim = await startSimulator({ port: 0, quiet: true, ...options });
	});
	afterAll(async () => {
		recordSecretScans();
		await env.sim?.close();
	});
	beforeEach(() => {
		tokenProvider.reset();
		env.sim.clearFaults();
		env.sim.resetStats();
		// A new simulated day per test, so Flexport's 10-tokens-a-day quota never leaks between tests.
		env.sim.advanceClock(25 * 3600_000);
		env.store = new CredentialStore();
		env.store.set('cred-1', 'flexportOAuth2Api', oauthCredentialData(env.sim));
		env.store.set('cred-key', 'flexportApi', credentialData.apiKeyCredentialData(env.sim));
	});
	env.apiRequests = () =>
		withoutTokenHandOver(
			env.sim.requests.slice(since).filter((request) => !request.path.startsWith('/oauth/')),
		);
	env.run = async (runOptions) => {
		since = env.sim.requests.length;
		const credentialId =
			runOptions.credentialId ??
			(runOptions.credentialType === 'flexportApi' ? 'cred-key' : 'cred-1');
		const result = await runFlexportNode(env.store, { ...runOptions, credentialId });
		secretScans.secretsChecked += assertNoSecrets(env.sim, env.store, result);
		secretScans.runs++;
		return { ...result, requests: env.apiRequests() };
	};
	env.listSearch = async (method, searchOptions = {}) => {
		since = env.sim.requests.length;
		const credentialId =
			searchOptions.credentialId ??
			(searchOptions.credentialType === 'flexportApi' ? 'cred-key' : 'cred-1');
		const result = await runListSearch(env.store, method, { ...searchOptions, credentialId });
		return { ...result, requests: env.apiRequests() };
	};
	return env;
}
