import { secretsOf } from '../../../../nodes/shared/transport/secrets';

describe('secretsOf', () => {
	it('takes the secret fields of a credential, the tokens inside a stored token state, and the Basic pair', () => {
		const secrets = secretsOf({
			clientId: 'client-1',
			clientSecret: 'secret-1',
			tokenUrl: 'https://api.flexport.com/oauth/token',
			responseKeyPath: 'access_token',
			managedToken: JSON.stringify({
				accessToken: 'access-1',
				refreshToken: 'refresh-1',
				expiresAt: 1,
			}),
			apiKey: 'key-1',
		});
		expect(secrets).toEqual(
			expect.arrayContaining([
				'secret-1',
				'access-1',
				'refresh-1',
				'key-1',
				Buffer.from('client-1:secret-1').toString('base64'),
			]),
		);
		expect(secrets).not.toContain('https://api.flexport.com/oauth/token');
		expect(secrets).not.toContain('access_token');
		expect(secrets).not.toContain('client-1');
	});

	it('has nothing to take from no credential', () => {
		expect(secretsOf(undefined)).toEqual([]);
	});
});
