/**
 * One token request per event for all n8n processes that share a credential (queue-mode workers,
 * `n8n execute` processes), without a lock service: the credential itself carries a lease.
 *
 * n8n reads the credential from its database for every request, runs `preAuthentication` when the
 * token field is empty or Flexport answered 401, and stores what it returns. So a process that needs
 * a new token first stores a claim and empties the token field; after a settle time it sends the
 * request again, which re-reads the credential; only the process whose claim is still stored (last
 * writer wins) asks Flexport, and the others wait until the new token is stored. A long-lived token
 * is replaced before it lapses, at a point in its last 10–20 % that differs per process, so the first
 * process to get there replaces it and the others find the new one. The protocol, its failure modes
 * and the measured figures are in docs/scaling.md. No n8n imports: clock, randomness and sleep are
 * injected; `authorize` serves `authenticate`, `preAuthenticate` serves `preAuthentication`.
 */
import { randomUUID } from 'crypto';

import type { FlexportTokenProvider, TokenTransport } from './FlexportTokenProvider';
import { OwnClaims } from './ownClaims';
import { TokenRefreshPendingError } from './refreshWait';
import { assertWithinBudget, TokenBudgetExceededError } from './tokenBudget';
import { TokenRequestError } from './tokenEndpoint';
import {
	isSettled,
	liveClaim,
	recentFailure,
	type TokenClaim,
	type TokenFailure,
	type TokenLease,
} from './tokenLease';
import {
	clientKeyOf,
	replacementPoint,
	settingsFingerprint,
	type TokenSettings,
	type TokenState,
} from './tokenState';

/** What the credential holds: the token field and the lease field, parsed. */
export interface StoredCredential {
	token: TokenState | undefined;
	lease: TokenLease | undefined;
}

/** What `preAuthentication` stores: a token (or none: the field is emptied) and the lease. */
export interface CredentialWrite {
	token: TokenState | undefined;
	lease: TokenLease;
}

export interface CoordinatorOptions {
	provider: FlexportTokenProvider;
	sleep: (ms: number) => Promise<void>;
	now?: () => number;
	/** 0 ≤ x < 1; spreads the settle times. */
	random?: () => number;
	processId?: string;
}

/**
 * A read older than this is not used to write a claim: the request is sent again first. Generous, so
 * that on an overloaded host (slow 401s) someone still claims; a stale claim costs at most a token.
 */
const MAX_CLAIM_STALENESS_MS = 3_000;

type Caller = 'canWait' | 'cannotWait' | 'unknown';

export class TokenCoordinator {
	readonly processId: string;
	private readonly provider: FlexportTokenProvider;
	private readonly sleep: (ms: number) => Promise<void>;
	private readonly now: () => number;
	private readonly claims: OwnClaims;
	/** Credentials objects `authorize` has seen: n8n hands the same object to `preAuthentication`. */
	private seen = new WeakMap<object, { at: number; canWait: boolean }>();
	/** Credentials objects n8n merged a claim of ours into: not a read of the database. */
	private wroteInto = new WeakSet<object>();
	/** The replacement point of the last token seen per settings (a hash per request is not free). */
	private dueAt = new Map<string, { accessToken: string; at: number }>();

	constructor(options: CoordinatorOptions) {
		this.provider = options.provider;
		this.sleep = options.sleep;
		this.now = options.now ?? (() => Date.now());
		this.processId = options.processId ?? randomUUID();
		this.claims = new OwnClaims(this.processId, this.now, options.random ?? (() => Math.random()));
	}

	/**
	 * For `authenticate`: the token to send, or undefined to send the request without one (Flexport's
	 * 401 then makes n8n run `preAuthentication`). Throws when the request has to wait for another
	 * process (TokenRefreshPendingError) or the last token request failed a moment ago.
	 */
	authorize(
		settings: TokenSettings,
		stored: StoredCredential,
		request: { credentials: object; canWait: boolean },
	): TokenState | undefined {
		const now = this.now();
		this.seen.set(request.credentials, { at: now, canWait: request.canWait });
		this.provider.observe(stored.token, settings);
		const fingerprint = settingsFingerprint(settings);
		const token = this.usableToken(settings, stored);
		const claim = liveClaim(stored.lease, fingerprint, now);
		const failure = recentFailure(stored.lease, fingerprint, now);
		const settled = this.mineSettled(claim, request.credentials);

		if (token) {
			const replaceNow =
				request.canWait && now >= this.refreshDueAt(token) && !failure && (!claim || settled);
			return replaceNow ? undefined : token;
		}
		if (failure) throw this.failureError(failure, this.history(settings, stored));
		assertWithinBudget(this.history(settings, stored), this.provider.maxRequestsPerDay);
		if (claim && claim.by !== this.processId) throw this.pending(claim);
		if (claim && !settled && request.canWait) throw this.pending(claim);
		return undefined;
	}

	/**
	 * For `preAuthentication`: what to store (a claim, a new token, a failure), or undefined to store
	 * nothing. Throws TokenRefreshPendingError when the caller must wait and read the credential again.
	 */
	async preAuthenticate(
		settings: TokenSettings,
		stored: StoredCredential,
		transport: TokenTransport,
		credentials: object,
	): Promise<CredentialWrite | undefined> {
		const now = this.now();
		const seen = this.seen.get(credentials);
		// Before `authorize` (empty token field, credential test) the caller is not known yet.
		const caller: Caller = seen ? (seen.canWait ? 'canWait' : 'cannotWait') : 'unknown';
		this.provider.observe(stored.token, settings);
		const fingerprint = settingsFingerprint(settings);

		const newer = this.rememberedToken(settings, stored);
		if (newer) return this.tokenWrite(settings, newer, this.history(settings, stored));
		// This process is asking Flexport already: share that request.
		if (this.provider.isRequesting(settings))
			return await this.exchange(settings, stored, transport, this.history(settings, stored));

		let keep = this.provider.isUsable(stored.token, settings) ? stored.token : undefined;
		const claim = liveClaim(stored.lease, fingerprint, now);
		if (keep && !(caller === 'canWait' && now >= this.refreshDueAt(keep))) {
			// Someone is replacing the token already; the 401 is theirs to answer.
			if (caller === 'canWait' && claim && claim.by !== this.processId) throw this.pending(claim);
			if ((await this.provider.check(keep.accessToken, transport)) !== 'rejected') return undefined;
			keep = undefined;
		}

		// A new token is needed; `keep` is the old one when it is still good for a while.
		const history = this.history(settings, stored);
		const failure = recentFailure(stored.lease, fingerprint, now);
		const spent = history.length >= this.provider.maxRequestsPerDay;
		if (failure || spent) {
			if (keep || caller === 'unknown') return undefined; // `authorize` sends `keep` or reports it
			if (failure) throw this.failureError(failure, history);
			assertWithinBudget(history, this.provider.maxRequestsPerDay);
		}

		const mine = claim?.by === this.processId;
		const settled = this.mineSettled(claim, credentials);
		if (caller === 'cannotWait') {
			// The HTTP Request node or a credential test cannot send again: ask now, after our own settle.
			if (claim && !mine) throw this.pending(claim);
			if (claim && !isSettled(claim, now)) await this.sleep(claim.at + claim.settleMs - now);
			return await this.exchange(settings, stored, transport, history, keep);
		}
		if (claim && !settled) {
			if (keep || caller === 'unknown') return undefined; // `authorize` decides: send `keep` or wait
			throw this.pending(claim);
		}
		if (claim) return await this.exchange(settings, stored, transport, history, keep);
		// How old the read is now (the token check took time too); a read before `authorize` is fresh.
		const staleMs = seen ? this.now() - seen.at : 0;
		if (staleMs > MAX_CLAIM_STALENESS_MS) throw new TokenRefreshPendingError(0); // read again first
		this.wroteInto.add(credentials);
		return this.claimWrite(settings, history, keep, staleMs);
	}

	/** Forgets everything this process remembers (used by tests). */
	reset(): void {
		this.claims.reset();
		this.seen = new WeakMap();
		this.wroteInto = new WeakSet();
		this.dueAt = new Map();
	}

	/** When this process replaces a token (tokenState.ts: replacementPoint), remembered per token. */
	refreshDueAt(token: TokenState): number {
		const known = this.dueAt.get(token.fingerprint);
		if (known?.accessToken === token.accessToken) return known.at;
		const at = replacementPoint(token, this.processId);
		this.dueAt.set(token.fingerprint, { accessToken: token.accessToken, at });
		return at;
	}

	private usableToken(settings: TokenSettings, stored: StoredCredential) {
		const newer = this.rememberedToken(settings, stored);
		if (newer) return newer;
		return this.provider.isUsable(stored.token, settings) ? stored.token : undefined;
	}

	/**
	 * A token this process holds that is newer than what is stored. Not one older than a stored claim
	 * or failure: that is the token being replaced, and bringing it back would undo the claim.
	 */
	private rememberedToken(settings: TokenSettings, stored: StoredCredential) {
		const newer = this.provider.newerThanStored(settings, stored.token);
		if (!newer) return undefined;
		const fingerprint = settingsFingerprint(settings);
		const { claim, failure } = stored.lease ?? {};
		const replacedSince = Math.max(
			claim?.fingerprint === fingerprint ? claim.at : 0,
			failure?.fingerprint === fingerprint ? failure.at : 0,
		);
		return newer.obtainedAt >= replacedSince ? newer : undefined;
	}

	private history(settings: TokenSettings, stored: StoredCredential): number[] {
		const clientKey = clientKeyOf(settings);
		const fromToken = stored.token?.clientKey === clientKey ? stored.token.requests : [];
		const fromLease = stored.lease?.clientKey === clientKey ? stored.lease.requests : [];
		return this.provider.history(settings, fromToken, fromLease);
	}

	private mineSettled(claim: TokenClaim | undefined, credentials: object): boolean {
		return this.claims.settled(claim, !this.wroteInto.has(credentials));
	}

	private pending(claim: TokenClaim): TokenRefreshPendingError {
		return new TokenRefreshPendingError(this.claims.waitMs(claim));
	}

	private failureError(failure: TokenFailure, history: number[]): Error {
		if (failure.name === 'TokenBudgetExceededError')
			assertWithinBudget(history, this.provider.maxRequestsPerDay);
		return new TokenRequestError(failure.message, failure.httpStatus, failure.oauthError);
	}

	private claimWrite(
		settings: TokenSettings,
		history: number[],
		keep: TokenState | undefined,
		staleMs: number,
	): CredentialWrite {
		const claim = this.claims.claimFor(settingsFingerprint(settings), staleMs);
		return {
			token: keep ? { ...keep, requests: history } : undefined,
			lease: { v: 1, clientKey: clientKeyOf(settings), requests: history, claim },
		};
	}

	private tokenWrite(settings: TokenSettings, token: TokenState, history: number[]) {
		const requests = this.provider.history(settings, history, token.requests);
		return {
			token: { ...token, requests },
			lease: { v: 1 as const, clientKey: clientKeyOf(settings), requests },
		};
	}

	/** Asks Flexport; a failure is stored too, so that the others report it instead of asking again. */
	private async exchange(
		settings: TokenSettings,
		stored: StoredCredential,
		transport: TokenTransport,
		history: number[],
		keep?: TokenState,
	): Promise<CredentialWrite> {
		const fingerprint = settingsFingerprint(settings);
		const outcome = await this.provider
			.requestToken(settings, stored.token, transport, history)
			.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))
			.finally(() => this.claims.forget(fingerprint));
		if (!(outcome instanceof Error)) return this.tokenWrite(settings, outcome, history);
		if (!(outcome instanceof TokenRequestError || outcome instanceof TokenBudgetExceededError))
			throw outcome;
		const failure: TokenFailure = {
			by: this.processId,
			at: this.now(),
			fingerprint,
			name: outcome.name,
			message: outcome.message,
		};
		if (outcome instanceof TokenRequestError) {
			if (outcome.httpStatus !== undefined) failure.httpStatus = outcome.httpStatus;
			if (outcome.oauthError !== undefined) failure.oauthError = outcome.oauthError;
		}
		const requests = this.provider.history(settings, history);
		return {
			token: keep ? { ...keep, requests } : undefined,
			lease: { v: 1, clientKey: clientKeyOf(settings), requests, failure },
		};
	}
}
