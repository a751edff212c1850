/**
 * The managed token as users meet it: the Flexport node runs in n8n-core's execution engine against
 * the simulator, with the credential stored between executions the way n8n stores it. Counts are
 * what the simulator's token endpoint saw.
 */
import type { ICredentialDataDecryptedObject, INode } from 'n8n-workflow';

import { FlexportOAuth2Api } from '../../credentials/FlexportOAuth2Api.credentials';
import { parseTokenState } from '../../credentials/token/tokenState';
import { tokenProvider } from '../../credentials/token/n8nTokenTransport';
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

	describe('credential test (as n8n runs it)', () => {
		const credential = new FlexportOAuth2Api();

		async function credentialTest(data: ICredentialDataDecryptedObject) {
			const helper = new TestCredentialsHelper(env.store);
			return await withRealHelpers(
				env.store,
				async (helpers) =>
					await helper.preAuthentication(
						helpers,
						data,
						'flexportOAuth2Api',
						credentialTestNode,
						false,
					),
			);
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
