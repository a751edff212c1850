/**
 * The managed token as users meet it: the Flexport node runs in n8n-core's execution engine against
 * the simulator, with the credential stored between executions the way n8n stores it. Counts are
 * what the simulator's token endpoint saw.
 */
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { FlexportOAuth2Api } from '../../credentials/FlexportOAuth2Api.credentials';
import { tokenProvider, tokenSettings } from '../../credentials/token/n8nTokenTransport';
import { CLAIM_TIMEOUT_MS } from '../../credentials/token/tokenLease';
import {
	clientKeyOf,
	parseTokenState,
	settingsFingerprint,
} from '../../credentials/token/tokenState';
import { TestCredentialsHelper, withRealHelpers } from '../harness/n8nHarness';
import { oauthCredentialData, useSimulator } from '../harness/simulatorFixture';

const getShipment = {
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '200001' },
};

/** n8n's credential test runs preAuthentication with a NoOp node whose `temp` parameter is ''. */
const credentialTestNode = {
	name: 'Temp-Node',
	type: 'n8n-nodes-base.noOp',
	parameters: { temp: '' },
	credentials: { flexportOAuth2Api: { id: 'cred-1', name: 'Flexport' } },
} as unknown as INode;

describe('Flexport OAuth2 API credential — managed token', () => {
	const env = useSimulator();
	const tokenRequests = () => env.sim.stats().tokenRequests;

	it('requests a token only for the first of many executions, and persists it in the credential', async () => {
		for (let i = 0; i < 5; i++)
			expect((await env.run({ parameters: getShipment })).error).toBeUndefined();
		expect(tokenRequests()).toBe(1);
		const stored = parseTokenState(env.store.get('cred-1').managedToken);
		expect(stored?.accessToken).toBeTruthy();
		expect(stored?.requests).toHaveLength(1);
	});

	it('reuses the stored token in a new process (nothing remembered in memory)', async () => {
		await env.run({ parameters: getShipment });
		tokenProvider.reset(); // a restart: only the stored credential survives
		await env.run({ parameters: getShipment });
		tokenProvider.reset();
		await env.run({ parameters: getShipment });
		expect(tokenRequests()).toBe(1);
	});

	it('shares one token request between concurrent executions', async () => {
		const runs = await Promise.all(
			Array.from({ length: 20 }, async () => await env.run({ parameters: getShipment })),
		);
		expect(runs.every((run) => run.error === undefined)).toBe(true);
		expect(tokenRequests()).toBe(1);
	});

	it('refreshes once when the token is close to expiry, even with 20 executions at once', async () => {
		await env.run({ parameters: getShipment });
		const realNow = Date.now;
		const spy = jest
			.spyOn(Date, 'now')
			.mockImplementation(() => realNow() + 24 * 3600_000 - 4 * 60_000);
		try {
			env.sim.advanceClock(24 * 3600_000 - 4 * 60_000);
			const runs = await Promise.all(
				Array.from({ length: 20 }, async () => await env.run({ parameters: getShipment })),
			);
			expect(runs.every((run) => run.error === undefined)).toBe(true);
		} finally {
			spy.mockRestore();
		}
		expect(tokenRequests()).toBe(2);
		// No expired token was sent: every 401 the simulator gave was to a request without a token.
		const unauthorized = env.sim.requests.filter((request) => request.status === 401);
		expect(unauthorized.every((request) => !request.headers.authorization)).toBe(true);
	});

	it('after a 401 to a token Flexport revoked: one new token, one replay, and the execution succeeds', async () => {
		await env.run({ parameters: getShipment });
		env.sim.revokeTokens();
		const { error, requests } = await env.run({ parameters: getShipment });
		expect(error).toBeUndefined();
		expect(tokenRequests()).toBe(2);
		expect(
			requests
				.filter((request) => request.path === '/shipments/200001')
				.map((request) => request.status),
		).toEqual([401, 200]);
	});

	it('a second 401 is an error that says the credentials were rejected', async () => {
		await env.run({ parameters: getShipment });
		// Flexport answers 401 to the shipment twice although the token itself is fine (the check passes).
		env.sim.setFaults({ status5xx: { count: 2, status: 401 }, pathFilter: '/shipments' });
		const { error, requests } = await env.run({ parameters: getShipment });
		expect(error?.message).toMatch(/Flexport rejected the credentials \(HTTP 401\)/);
		expect(requests.filter((request) => request.path === '/shipments/200001')).toHaveLength(2);
		expect(tokenRequests()).toBe(1);
	});

	it('requests a new token when the settings change, and reuses the old one when they change back', async () => {
		await env.run({ parameters: getShipment });
		const original = env.store.get('cred-1');
		env.store.update('cred-1', { ...original, scope: 'shipments:read' });
		expect((await env.run({ parameters: getShipment })).error).toBeUndefined();
		expect(tokenRequests()).toBe(2);
		// The simulator only accepts the exact audience, so Flexport's own message comes through:
		env.store.update('cred-1', {
			...env.store.get('cred-1'),
			audience: 'https://api.flexport.com/',
		});
		const { error } = await env.run({ parameters: getShipment });
		expect(error?.message).toMatch(/HTTP 403 access_denied\): Service not enabled within domain/);
		expect(tokenRequests()).toBe(3);
		// Back to the first settings: that token is still valid in this process, so no request.
		env.store.update('cred-1', { ...original, managedToken: env.store.get('cred-1').managedToken });
		expect((await env.run({ parameters: getShipment })).error).toBeUndefined();
		expect(tokenRequests()).toBe(3);
	});

	it('never sends an 11th token request within a day; the error names the limit and the next allowed time', async () => {
		for (let i = 0; i < 10; i++) {
			env.sim.revokeTokens();
			tokenProvider.reset();
			await env.run({ parameters: getShipment });
		}
		expect(tokenRequests()).toBe(10);
		env.sim.revokeTokens();
		tokenProvider.reset();
		const { error } = await env.run({ parameters: getShipment });
		expect(tokenRequests()).toBe(10);
		expect(error?.message).toMatch(
			/Flexport allows 10 token requests per credential per day.*made 10.*next one is allowed after \d{4}-\d{2}-\d{2}T/,
		);
	});

	describe('with other n8n processes sharing the credential', () => {
		/** What another process wrote when it claimed the refresh: an empty token field and its claim. */
		function claimedElsewhere() {
			const settings = tokenSettings(env.store.get('cred-1'));
			const claim = { by: 'other-process', at: Date.now(), settleMs: 300 };
			env.store.update('cred-1', {
				...env.store.get('cred-1'),
				managedToken: '',
				managedTokenLease: JSON.stringify({
					v: 1,
					clientKey: clientKeyOf(settings),
					requests: [Date.now() - 1000],
					claim: { ...claim, fingerprint: settingsFingerprint(settings) },
				}),
			});
			return settings;
		}

		it('waits while another process obtains the token, then uses it: no token request of its own', async () => {
			const settings = claimedElsewhere();
			// The other process's token request and, 700 ms later, its write to the credential.
			const response = await fetch(env.sim.tokenUrl, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({
					client_id: env.sim.clientId,
					client_secret: env.sim.clientSecret,
					audience: 'https://api.flexport.com',
					grant_type: 'client_credentials',
				}),
			});
			const { access_token: accessToken } = (await response.json()) as { access_token: string };
			const stored = sleep(700).then(() => {
				env.store.update('cred-1', {
					...env.store.get('cred-1'),
					managedToken: JSON.stringify({
						v: 1,
						accessToken,
						expiresAt: Date.now() + 3_600_000,
						obtainedAt: Date.now(),
						fingerprint: settingsFingerprint(settings),
						clientKey: clientKeyOf(settings),
						requests: [Date.now() - 1000, Date.now()],
					}),
				});
			});
			const started = Date.now();
			const { error, requests } = await env.run({ parameters: getShipment });
			await stored;
			expect(error).toBeUndefined();
			expect(Date.now() - started).toBeGreaterThanOrEqual(650);
			expect(tokenRequests()).toBe(1); // the other process's
			expect(requests.map((request) => [request.path, request.status])).toEqual([
				['/shipments/200001', 200],
			]);
		});

		it('takes over from a process that claimed the refresh and died, after the claim times out', async () => {
			claimedElsewhere();
			const started = Date.now();
			const { error } = await env.run({ parameters: getShipment });
			const waited = Date.now() - started;
			expect(error).toBeUndefined();
			expect(tokenRequests()).toBe(1);
			expect(waited).toBeGreaterThanOrEqual(CLAIM_TIMEOUT_MS - 500);
			expect(waited).toBeLessThan(CLAIM_TIMEOUT_MS + 5_000);
			expect(parseTokenState(env.store.get('cred-1').managedToken)?.requests).toHaveLength(2);
		}, 40_000);
	});

	describe('credential test (as n8n runs it)', () => {
		const credential = new FlexportOAuth2Api();

		/**
		 * What n8n's credential test does (httpRequestWithAuthentication with the tested data and a
		 * NoOp node): preAuthentication, the test request, and on a 401 preAuthentication and one replay.
		 */
		async function credentialTest(data: ICredentialDataDecryptedObject) {
			const helper = new TestCredentialsHelper(env.store);
			const credentials = { ...data };
			const type = 'flexportOAuth2Api';
			return await withRealHelpers(env.store, async (helpers) => {
				const send = async () =>
					await helpers.helpers.httpRequest(
						await helper.authenticate(credentials, type, {
							method: 'GET',
							url: `${env.sim.url}/network/me/companies`,
						}),
					);
				await helper.preAuthentication(helpers, credentials, type, credentialTestNode, false);
				const refused = await send().then(
					() => false,
					(error: { response?: { status?: number } }) => {
						if (error.response?.status === 401) return true;
						throw error;
					},
				);
				if (refused) {
					await helper.preAuthentication(helpers, credentials, type, credentialTestNode, true);
					await send();
				}
				return credentials;
			});
		}

		it('spends no token while the stored one is valid', async () => {
			await env.run({ parameters: getShipment });
			for (let i = 0; i < 10; i++) {
				tokenProvider.reset();
				await credentialTest(env.store.get('cred-1'));
			}
			expect(tokenRequests()).toBe(1);
		});

		it("shows Flexport's own message when the client secret is wrong", async () => {
			const data = {
				...oauthCredentialData(env.sim),
				clientSecret: 'wrong-secret',
			} as ICredentialDataDecryptedObject;
			const error = (await credentialTest(data).catch((e: Error) => e)) as Error;
			expect(error.message).toMatch(
				/Flexport refused the token request \(HTTP 401 access_denied\): Unauthorized/,
			);
			expect(error.message).not.toContain('wrong-secret');
		});

		it('sends the token and Flexport-Version from the credential (also for the HTTP Request node)', async () => {
			const output = (await credentialTest(oauthCredentialData(env.sim)))!;
			const options = await credential.authenticate(output, {
				url: `${env.sim.url}/shipments`,
				method: 'GET',
			});
			const state = parseTokenState(output.managedToken)!;
			expect(options.headers).toMatchObject({
				Authorization: `Bearer ${state.accessToken}`,
				'Flexport-Version': '2',
			});
		});
	});
});
