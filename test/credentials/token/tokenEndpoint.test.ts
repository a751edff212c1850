import {
	jwtExpiryMs,
	TokenRequestError,
	type TokenHttpResponse,
} from '../../../credentials/token/tokenEndpoint';
import { DAY_MS } from '../../../credentials/token/tokenBudget';
import { clientKeyOf } from '../../../credentials/token/tokenState';
import { CLIENT_CREDENTIAL_VALUE, jwt, settings, setup } from './fixtures';

describe('token endpoint', () => {
	describe('expiry', () => {
		it('takes the earlier of expires_in and the JWT exp', async () => {
			const { endpoint, provider, clock } = setup();
			endpoint.queue.push({
				status: 200,
				body: { access_token: jwt(Math.floor(clock.ms / 1000) + 600), expires_in: 86_400 },
			});
			const state = await provider.getToken(settings, undefined, endpoint.transport);
			expect(state.expiresAt).toBe(clock.ms + 600_000);
		});

		it('falls back to 24 hours when the response says nothing about expiry', async () => {
			const { endpoint, provider, clock } = setup();
			endpoint.queue.push({ status: 200, body: { access_token: 'opaque-token' } });
			const state = await provider.getToken(settings, undefined, endpoint.transport);
			expect(state.expiresAt).toBe(clock.ms + DAY_MS);
		});

		it('reads a token under a dotted Response Token Key', async () => {
			const { endpoint, provider } = setup();
			endpoint.queue.push({
				status: 200,
				body: { data: { token: 'nested-token' }, expires_in: 3600 },
			});
			const state = await provider.getToken(
				{ ...settings, responseTokenKey: 'data.token' },
				undefined,
				endpoint.transport,
			);
			expect(state.accessToken).toBe('nested-token');
		});

		it('ignores JWTs without a readable exp', () => {
			expect(jwtExpiryMs('not-a-jwt')).toBeUndefined();
			expect(jwtExpiryMs('a.b.c')).toBeUndefined();
			expect(jwtExpiryMs(jwt(1000))).toBe(1_000_000);
		});
	});

	describe('failures', () => {
		it.each([
			[
				{ status: 401, body: { error: 'access_denied', error_description: 'Unauthorized' } },
				/HTTP 401 access_denied\): Unauthorized\. Check the Client ID, Client Secret and Audience/,
			],
			[
				{ status: 500, body: '<html>oops</html>' },
				/HTTP 500\): <html>oops<\/html>\. Flexport may be having trouble/,
			],
			[
				{
					status: 429,
					body: {
						error: 'too_many_requests',
						error_description: 'Daily token request limit of 10 exceeded',
					},
				},
				/limits token requests to 10/,
			],
			[
				{ status: 200, body: '<html>login</html>', contentType: 'text/html' },
				/not JSON \(text\/html\)\. Check the Token URL/,
			],
			[
				{ status: 200, body: { token: 'x', expires_in: 10 } },
				/no "access_token" field \(fields present: token, expires_in\)/,
			],
		])('explains %o clearly', async (response, message) => {
			const { endpoint, provider } = setup();
			endpoint.queue.push(response as TokenHttpResponse);
			const attempt = provider.getToken(settings, undefined, endpoint.transport);
			await expect(attempt).rejects.toBeInstanceOf(TokenRequestError);
			await expect(
				provider.getToken(settings, undefined, { http: async () => response as TokenHttpResponse }),
			).rejects.toThrow(message);
		});

		it('reports an unreachable endpoint or timeout without the secret', async () => {
			const { endpoint, provider } = setup();
			endpoint.queue.push(
				new Error(
					`timeout of 30000ms exceeded while sending client_secret=${CLIENT_CREDENTIAL_VALUE}`,
				),
			);
			const error = (await provider
				.getToken(settings, undefined, endpoint.transport)
				.catch((e: Error) => e)) as Error;
			expect(error.message).toMatch(
				/Could not reach Flexport's token endpoint .*timeout of 30000ms exceeded/,
			);
			expect(error.message).not.toContain(CLIENT_CREDENTIAL_VALUE);
		});

		it('never puts the secret into messages even when the server echoes it', async () => {
			const { endpoint, provider } = setup();
			endpoint.queue.push({
				status: 400,
				body: {
					error: 'invalid_client',
					error_description: `bad secret ${CLIENT_CREDENTIAL_VALUE}`,
				},
			});
			const error = (await provider
				.getToken(settings, undefined, endpoint.transport)
				.catch((e: Error) => e)) as Error;
			expect(error.message).toContain('[redacted]');
			expect(error.message).not.toContain(CLIENT_CREDENTIAL_VALUE);
		});

		it.each([
			['as it is', (secret: string) => secret],
			['URL-encoded', (secret: string) => encodeURIComponent(secret)],
			[
				'as a Basic header',
				(secret: string) => `Basic ${Buffer.from(`client-a:${secret}`).toString('base64')}`,
			],
			['JSON-escaped', (secret: string) => JSON.stringify(secret).slice(1, -1)],
		])(
			'keeps the secret and the refresh token out of every failure, echoed %s',
			async (_form, echo) => {
				const secret = 'p@ss/w+rd="123"&x';
				const refreshValue = 'refresh-value-456';
				const stored = {
					v: 1 as const,
					accessToken: 'old',
					expiresAt: 0,
					obtainedAt: 0,
					fingerprint: 'f',
					clientKey: '',
					requests: [],
					refreshToken: refreshValue,
				};
				const { endpoint, provider } = setup();
				const said = `${echo(secret)} ${echo(refreshValue)}`;
				const answers = [
					{ status: 400, body: { error: 'invalid_grant', error_description: `refused ${said}` } },
					{ status: 401, body: `<html>Unauthorized: ${said}</html>` },
					new Error(`socket hang up after ${said}`),
				];
				for (const answer of answers) {
					endpoint.queue.push(answer as TokenHttpResponse, answer as TokenHttpResponse);
					const error = (await provider
						.getToken(
							{ ...settings, clientSecret: secret },
							{ ...stored, clientKey: clientKeyOf(settings) },
							endpoint.transport,
						)
						.catch((e: Error) => e)) as Error;
					expect(error).toBeInstanceOf(TokenRequestError);
					for (const value of [secret, refreshValue])
						for (const form of [
							value,
							encodeURIComponent(value),
							JSON.stringify(value).slice(1, -1),
						])
							expect(error.message).not.toContain(form);
					expect(error.message).not.toContain(Buffer.from(`client-a:${secret}`).toString('base64'));
					endpoint.queue.length = 0;
				}
			},
		);
	});
});
