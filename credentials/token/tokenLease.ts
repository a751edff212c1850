/**
 * The lease: what several n8n processes sharing one credential tell each other through its hidden
 * `managedTokenLease` field (JSON). It holds the budget history, the claim of the process that is
 * about to request a new token, and the last failure of a token request. No secret, no n8n imports.
 */

/** "Process `by` will request a token for these settings; the others wait for it." */
export interface TokenClaim {
	by: string;
	/** Epoch ms when the claim was written. */
	at: number;
	/** The claimant requests only after this long, and only if its claim is still the stored one. */
	settleMs: number;
	fingerprint: string;
}

/** A token request that failed, so that other processes fail fast instead of all trying again. */
export interface TokenFailure {
	by: string;
	at: number;
	fingerprint: string;
	name: string;
	/** Already free of secrets (see tokenEndpoint.ts). */
	message: string;
	httpStatus?: number;
	oauthError?: string;
}

export interface TokenLease {
	v: 1;
	clientKey: string;
	/** Epoch ms of every token request in the last 24 h (the same list as in the token state). */
	requests: number[];
	claim?: TokenClaim;
	failure?: TokenFailure;
}

/** A claim older than this is ignored: its process died or lost its connection. */
export const CLAIM_TIMEOUT_MS = 15_000;
/** After a failed token request, the others report its error for this long instead of trying. */
export const FAILURE_COOLDOWN_MS = 10_000;

const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);
const isText = (value: unknown): value is string => typeof value === 'string';

function parseClaim(raw: unknown): TokenClaim | undefined {
	const claim = raw as Partial<TokenClaim> | undefined;
	return claim &&
		isText(claim.by) &&
		isNumber(claim.at) &&
		isNumber(claim.settleMs) &&
		isText(claim.fingerprint)
		? { by: claim.by, at: claim.at, settleMs: claim.settleMs, fingerprint: claim.fingerprint }
		: undefined;
}

function parseFailure(raw: unknown): TokenFailure | undefined {
	const failure = raw as Partial<TokenFailure> | undefined;
	if (
		!failure ||
		!isText(failure.by) ||
		!isNumber(failure.at) ||
		!isText(failure.fingerprint) ||
		!isText(failure.name) ||
		!isText(failure.message)
	)
		return undefined;
	return {
		by: failure.by,
		at: failure.at,
		fingerprint: failure.fingerprint,
		name: failure.name,
		message: failure.message,
		...(isNumber(failure.httpStatus) ? { httpStatus: failure.httpStatus } : {}),
		...(isText(failure.oauthError) ? { oauthError: failure.oauthError } : {}),
	};
}

export function parseTokenLease(raw: unknown): TokenLease | undefined {
	if (typeof raw !== 'string' || raw === '') return undefined;
	try {
		const parsed = JSON.parse(raw) as Partial<TokenLease>;
		if (parsed?.v !== 1 || !isText(parsed.clientKey)) return undefined;
		const lease: TokenLease = {
			v: 1,
			clientKey: parsed.clientKey,
			requests: Array.isArray(parsed.requests) ? parsed.requests.filter(isNumber) : [],
		};
		const claim = parseClaim(parsed.claim);
		const failure = parseFailure(parsed.failure);
		if (claim) lease.claim = claim;
		if (failure) lease.failure = failure;
		return lease;
	} catch {
		return undefined;
	}
}

export function serializeTokenLease(lease: TokenLease): string {
	return JSON.stringify(lease);
}

/** The claim that is still in force for these settings, if any. */
export function liveClaim(
	lease: TokenLease | undefined,
	fingerprint: string,
	now: number,
): TokenClaim | undefined {
	const claim = lease?.claim;
	return claim && claim.fingerprint === fingerprint && now < claim.at + CLAIM_TIMEOUT_MS
		? claim
		: undefined;
}

export function isSettled(claim: TokenClaim, now: number): boolean {
	return now >= claim.at + claim.settleMs;
}

/** The failure other processes should still report for these settings, if any. */
export function recentFailure(
	lease: TokenLease | undefined,
	fingerprint: string,
	now: number,
): TokenFailure | undefined {
	const failure = lease?.failure;
	return failure && failure.fingerprint === fingerprint && now < failure.at + FAILURE_COOLDOWN_MS
		? failure
		: undefined;
}
