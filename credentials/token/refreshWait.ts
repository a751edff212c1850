/**
 * What a request loop needs to take part in the cross-process token protocol (see
 * credentials/token/TokenCoordinator.ts and docs/scaling.md): mark its requests as able to wait,
 * and read from an error whether to wait and send the request again. n8n re-reads the credential
 * from its database for every request, so sending again is how a process sees another one's token.
 * No n8n imports.
 */

import { BUDGET_MESSAGE } from './tokenBudget';

/** Set on request options by a caller that re-sends a request when told to wait. */
const CAN_WAIT = Symbol.for('n8n-nodes-flexport.token.canWait');

const PENDING_CODE = 'FLEXPORT_TOKEN_REFRESH_PENDING';
/** n8n 1.x keeps only the message of an error a credential hook threw, so it is recognised by that too. */
const PENDING_MESSAGE =
	'Another n8n process is obtaining a new Flexport token for this credential.';
/** When the error no longer says how long to wait (n8n 1.x): read the credential again this often. */
const DEFAULT_WAIT_MS = 300;

/** Waiting for other processes stops after this long in total; the error then says why. */
export const MAX_REFRESH_WAIT_MS = 30_000;
/** How long to wait before re-reading after a budget error (another process may have a token). */
const BUDGET_REREAD_MS = 250;

/** Thrown when another process is obtaining the token (or this one waits for its own claim). */
export class TokenRefreshPendingError extends Error {
	readonly code = PENDING_CODE;

	constructor(
		readonly retryAfterMs: number,
		message = `${PENDING_MESSAGE} Try again in a few seconds.`,
	) {
		super(message);
		// The node's error mapping shows the messages of token errors as they are (nodes/shared/transport/failure.ts).
		this.name = 'TokenRequestError';
	}
}

export function markCanWait<T extends object>(requestOptions: T): T {
	(requestOptions as Record<symbol, unknown>)[CAN_WAIT] = true;
	return requestOptions;
}

export function canWait(requestOptions: object | undefined): boolean {
	return (requestOptions as Record<symbol, unknown> | undefined)?.[CAN_WAIT] === true;
}

/** Per request: since when it waits for the token (the requests in between take time too). */
export interface RefreshWaitState {
	since?: number;
	budgetRereads: number;
}

export function newRefreshWait(): RefreshWaitState {
	return { budgetRereads: 0 };
}

function errorChain(error: unknown): Array<Record<string, unknown>> {
	const chain: Array<Record<string, unknown>> = [];
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		chain.push(current as Record<string, unknown>);
		current = (current as Record<string, unknown>).cause;
	}
	return chain;
}

/**
 * How long to wait before sending the request again, or undefined to let the error stand: the
 * token is being obtained by a process (wait what it says, within MAX_REFRESH_WAIT_MS in total),
 * or the daily budget is spent (re-read once: another process may have stored a valid token).
 */
export function tokenRefreshWait(
	error: unknown,
	state: RefreshWaitState,
	now = Date.now(),
): number | undefined {
	for (const link of errorChain(error)) {
		const message = typeof link.message === 'string' ? link.message : '';
		if (link.code === PENDING_CODE || message.includes(PENDING_MESSAGE)) {
			state.since ??= now;
			const left = state.since + MAX_REFRESH_WAIT_MS - now;
			if (left <= 0) return undefined;
			const asked = typeof link.retryAfterMs === 'number' ? link.retryAfterMs : DEFAULT_WAIT_MS;
			return Math.max(0, Math.min(asked, left));
		}
		if (link.name === 'TokenBudgetExceededError' || message.includes(BUDGET_MESSAGE)) {
			if (state.budgetRereads > 0) return undefined;
			state.budgetRereads++;
			return BUDGET_REREAD_MS;
		}
	}
	return undefined;
}
