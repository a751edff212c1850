import {
	CLAIM_TIMEOUT_MS,
	FAILURE_COOLDOWN_MS,
	isSettled,
	liveClaim,
	parseTokenLease,
	recentFailure,
	serializeTokenLease,
	type TokenLease,
} from '../../../credentials/token/tokenLease';

const lease: TokenLease = {
	v: 1,
	clientKey: 'client',
	requests: [1, 2],
	claim: { by: 'p1', at: 1_000, settleMs: 300, fingerprint: 'f' },
	failure: {
		by: 'p2',
		at: 2_000,
		fingerprint: 'f',
		name: 'TokenRequestError',
		message: 'HTTP 503',
	},
};

describe('token lease (stored in the credential, shared by processes)', () => {
	it('round-trips and rejects garbage', () => {
		expect(parseTokenLease(serializeTokenLease(lease))).toEqual(lease);
		for (const raw of ['', '{', '{"v":2}', 42, undefined, '{"v":1}'])
			expect(parseTokenLease(raw)).toBeUndefined();
		const damaged = parseTokenLease(
			JSON.stringify({ ...lease, requests: [1, 'x'], claim: { by: 'p1' }, failure: 'x' }),
		);
		expect(damaged).toEqual({ v: 1, clientKey: 'client', requests: [1] });
	});

	it('a claim is in force until CLAIM_TIMEOUT_MS, only for its own settings, and settles after settleMs', () => {
		expect(liveClaim(lease, 'f', 1_000 + CLAIM_TIMEOUT_MS - 1)).toEqual(lease.claim);
		expect(liveClaim(lease, 'f', 1_000 + CLAIM_TIMEOUT_MS)).toBeUndefined();
		expect(liveClaim(lease, 'other settings', 1_100)).toBeUndefined();
		expect(liveClaim(undefined, 'f', 1_100)).toBeUndefined();
		expect(isSettled(lease.claim!, 1_299)).toBe(false);
		expect(isSettled(lease.claim!, 1_300)).toBe(true);
	});

	it('a failure is reported for FAILURE_COOLDOWN_MS, only for its own settings', () => {
		expect(recentFailure(lease, 'f', 2_000 + FAILURE_COOLDOWN_MS - 1)).toEqual(lease.failure);
		expect(recentFailure(lease, 'f', 2_000 + FAILURE_COOLDOWN_MS)).toBeUndefined();
		expect(recentFailure(lease, 'other settings', 2_001)).toBeUndefined();
	});
});
