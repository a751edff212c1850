/**
 * Flexport's daily budget: 10 token requests per credential (client ID + token URL) in any 24 hours.
 * The history of request times is merged from every place that knows some of it, so no process
 * undercounts. No n8n imports.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
export const FLEXPORT_DAILY_TOKEN_LIMIT = 10;
/** Entries this far in the future are kept (another host's clock may run a little ahead). */
const FUTURE_TOLERANCE_MS = 60_000;

/** Part of the budget error's message that says what it is (also where only the message survives). */
export const BUDGET_MESSAGE = 'token requests per credential per day, and this credential has made';

export class TokenBudgetExceededError extends Error {
	constructor(
		readonly used: number,
		readonly limit: number,
		readonly nextAllowedAt: number,
	) {
		super(
			`Flexport allows ${limit} ${BUDGET_MESSAGE} ${used} in the last 24 hours. ` +
				`No further token request was sent, to protect your quota. The next one is allowed after ${new Date(nextAllowedAt).toISOString()}.`,
		);
		this.name = 'TokenBudgetExceededError';
	}
}

/** The union of several request histories, limited to the last 24 hours, oldest first. */
export function mergeHistory(now: number, ...histories: Array<readonly number[]>): number[] {
	const merged = new Set(histories.flat());
	return [...merged]
		.filter((t) => t > now - DAY_MS && t <= now + FUTURE_TOLERANCE_MS)
		.sort((a, b) => a - b);
}

/** Throws before a request that would be one too many for the day. */
export function assertWithinBudget(history: readonly number[], limit: number): void {
	if (history.length >= limit) {
		throw new TokenBudgetExceededError(
			history.length,
			limit,
			history[history.length - limit] + DAY_MS,
		);
	}
}
