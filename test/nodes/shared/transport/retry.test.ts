import {
	backoffMs,
	DEFAULT_RETRY_POLICY as RETRY_POLICY,
	retryAfterMs,
} from '../../../../nodes/shared/transport/retry';

describe('retry helpers', () => {
	it('reads Retry-After as seconds or an HTTP date', () => {
		expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
		expect(retryAfterMs({ 'retry-after': '0.5' })).toBe(500);
		const now = Date.UTC(2026, 0, 1);
		expect(retryAfterMs({ 'retry-after': new Date(now + 5000).toUTCString() }, now)).toBe(5000);
		expect(retryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
		expect(retryAfterMs({})).toBeUndefined();
	});

	it('backs off exponentially with jitter, capped', () => {
		expect(backoffMs(1, 0)).toBe(250);
		expect(backoffMs(1, 1)).toBe(500);
		expect(backoffMs(2, 1)).toBe(1000);
		expect(backoffMs(10, 1)).toBe(RETRY_POLICY.maxDelayMs);
	});
});
