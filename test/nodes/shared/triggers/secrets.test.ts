import {
	constantTimeEqual,
	matchesSecretDigest,
	secretDigest,
} from '../../../../nodes/shared/triggers/secrets';

describe('constant-time comparison', () => {
	it('equal values only, whatever the lengths (timingSafeEqual alone throws on unequal lengths)', () => {
		expect(constantTimeEqual('secret', 'secret')).toBe(true);
		expect(constantTimeEqual(Buffer.from('secret'), 'secret')).toBe(true);
		expect(constantTimeEqual('secret', 'secreT')).toBe(false);
		expect(constantTimeEqual('secret', 'secret-and-more')).toBe(false);
		expect(constantTimeEqual('', 'x')).toBe(false);
	});

	it('a digest matches its secret only, and a malformed digest matches nothing', () => {
		const digest = secretDigest('token-1');
		expect(digest).toMatch(/^[0-9a-f]{64}$/);
		expect(digest).not.toContain('token-1');
		expect(matchesSecretDigest('token-1', digest)).toBe(true);
		expect(matchesSecretDigest('token-2', digest)).toBe(false);
		expect(matchesSecretDigest('token-1', digest.toUpperCase())).toBe(false);
		expect(matchesSecretDigest('token-1', digest.slice(2))).toBe(false);
		expect(matchesSecretDigest('', '')).toBe(false);
	});
});
