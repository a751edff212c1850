import {
	canWait,
	markCanWait,
	MAX_REFRESH_WAIT_MS,
	newRefreshWait,
	TokenRefreshPendingError,
	tokenRefreshWait,
} from '../../../credentials/token/refreshWait';
import { TokenBudgetExceededError } from '../../../credentials/token/tokenBudget';
import { TokenRequestError } from '../../../credentials/token/tokenEndpoint';

/** How n8n hands an error from a credential hook to the node: wrapped, the original as `cause`. */
const wrapped = (cause: Error) => Object.assign(new Error('NodeApiError'), { cause });

describe('waiting for a token another process is obtaining', () => {
	it('marks request options without changing what is sent', () => {
		const options = markCanWait({ url: 'https://api.flexport.com/shipments', headers: {} });
		expect(canWait(options)).toBe(true);
		expect(canWait({ ...options })).toBe(true); // n8n copies the options; the mark goes along
		expect(JSON.stringify(options)).toBe(
			'{"url":"https://api.flexport.com/shipments","headers":{}}',
		);
		expect(canWait({})).toBe(false);
		expect(canWait(undefined)).toBe(false);
	});

	it('waits as long as the pending error says, wherever n8n wrapped it', () => {
		const state = newRefreshWait();
		expect(tokenRefreshWait(wrapped(new TokenRefreshPendingError(420)), state, 1_000)).toBe(420);
		expect(tokenRefreshWait(new TokenRefreshPendingError(0), state, 1_500)).toBe(0);
	});

	it('stops waiting MAX_REFRESH_WAIT_MS after the first wait, however long the requests in between took', () => {
		const state = newRefreshWait();
		const pending = new TokenRefreshPendingError(1000);
		expect(tokenRefreshWait(pending, state, 0)).toBe(1000);
		// Each re-sent request took a while (a 401 round trip under load): the clock counts, not the sleeps.
		expect(tokenRefreshWait(pending, state, MAX_REFRESH_WAIT_MS - 400)).toBe(400);
		expect(tokenRefreshWait(pending, state, MAX_REFRESH_WAIT_MS)).toBeUndefined();
	});

	it('reads the credential once more after a budget error, and only once', () => {
		const state = newRefreshWait();
		const budget = wrapped(new TokenBudgetExceededError(10, 10, Date.now()));
		expect(tokenRefreshWait(budget, state)).toBeGreaterThan(0);
		expect(tokenRefreshWait(budget, state)).toBeUndefined();
	});

	it('recognises both when only the message is left (n8n 1.x wraps hook errors without the original)', () => {
		const state = newRefreshWait();
		const asN8n1 = (error: Error) =>
			Object.assign(new Error(`GET /shipments failed: ${error.message}`), { name: 'NodeApiError' });
		expect(tokenRefreshWait(asN8n1(new TokenRefreshPendingError(5_000)), state)).toBeGreaterThan(0);
		expect(
			tokenRefreshWait(asN8n1(new TokenBudgetExceededError(10, 10, Date.now())), state),
		).toBeGreaterThan(0);
		expect(
			tokenRefreshWait(asN8n1(new TokenBudgetExceededError(10, 10, Date.now())), state),
		).toBeUndefined();
	});

	it('lets every other error stand', () => {
		const state = newRefreshWait();
		expect(tokenRefreshWait(new TokenRequestError('HTTP 503'), state)).toBeUndefined();
		expect(
			tokenRefreshWait(Object.assign(new Error('401'), { httpCode: '401' }), state),
		).toBeUndefined();
		expect(tokenRefreshWait(undefined, state)).toBeUndefined();
	});

	it("shows the user a token error's message (the node passes those through as they are)", () => {
		const error = new TokenRefreshPendingError(100);
		expect(error.name).toBe('TokenRequestError');
		expect(error.message).toMatch(/Another n8n process is obtaining a new Flexport token/);
	});
});
