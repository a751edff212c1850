/**
 * The token module's HTTP through n8n-core's real helpers, against a host that redirects to a "trap"
 * on another 127.0.0.1 port: the client secret and the token never reach another origin.
 */
// Test-only servers.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import * as http from 'node:http';

import { FlexportOAuth2Api } from '../../../credentials/FlexportOAuth2Api.credentials';
import { n8nTokenTransport } from '../../../credentials/token/n8nTokenTransport';
import { parseTokenState } from '../../../credentials/token/tokenState';
import { withRealHelpers } from '../../harness/n8nHarness';
import { useSimulator } from '../../harness/simulatorFixture';
import { leakedSecrets, startTrap, type Trap } from '../../nodes/shared/transport/trap';

/** A host that answers every request with `status` and a Location on `target` (same path). */
async function startRedirector(status: number, target: string) {
	const server = http.createServer((req, res) => {
		req.resume();
		req.on('end', () => {
			res.writeHead(status, { Location: `${target}${req.url ?? '/'}`, 'Content-Length': 0 });
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${port}`,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

const getShipment = {
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '200001' },
};

describe('token requests and token checks stay on their own origin', () => {
	const env = useSimulator();
	let trap: Trap;
	const closers: Array<() => Promise<void>> = [];
	beforeEach(async () => {
		trap = await startTrap();
		closers.push(trap.close);
	});
	afterEach(async () => {
		for (const close of closers.splice(0)) await close();
	});

	async function redirector(status: number) {
		const server = await startRedirector(status, trap.url);
		closers.push(server.close);
		return server.url;
	}

	it.each([302, 307])(
		'a token URL answering %i is an error that names the Token URL; the other origin gets nothing',
		async (status) => {
			const tokenUrl = `${await redirector(status)}/oauth/token`;
			env.store.update('cred-1', { ...env.store.get('cred-1'), tokenUrl });
			const { error } = await env.run({ parameters: getShipment });
			expect(error?.message).toMatch(
				new RegExp(`redirect \\(HTTP ${status} to http://127\\.0\\.0\\.1:\\d+\\).*"Token URL"`),
			);
			expect(trap.requests).toEqual([]);
			expect(env.sim.stats().tokenRequests).toBe(0);
		},
	);

	it('the token check answers "unknown" to a redirect and sends the token nowhere else', async () => {
		await env.run({ parameters: getShipment });
		const credentials = env.store.get('cred-1');
		const token = parseTokenState(credentials.managedToken)!.accessToken;
		const baseUrl = await redirector(307);
		const verdict = await withRealHelpers(
			env.store,
			async (helper) =>
				await n8nTokenTransport(helper, { ...credentials, baseUrl }).checkToken!(token),
		);
		expect(verdict).toBe('unknown');
		expect(trap.requests).toEqual([]);
	});

	it('requests signed by the credential lose the token on a redirect to another origin; its test request follows none', async () => {
		await env.run({ parameters: getShipment });
		const credentials = env.store.get('cred-1');
		const token = parseTokenState(credentials.managedToken)!.accessToken;
		const credential = new FlexportOAuth2Api();
		const host = await redirector(302);
		// The HTTP Request node with the Flexport credential: the redirect is followed, without the token.
		const signed = await credential.authenticate(credentials, {
			method: 'GET',
			url: `${host}/shipments`,
		});
		expect(signed.headers).toMatchObject({ Authorization: `Bearer ${token}` });
		await withRealHelpers(env.store, async (helper) => await helper.helpers.httpRequest(signed));
		expect(trap.requests.map((request) => request.url)).toEqual(['/shipments']);
		// n8n's credential test request, as the credential declares it.
		const { url, disableFollowRedirect } = credential.test.request;
		const test = await credential.authenticate(credentials, {
			method: 'GET',
			url: `${host}${url}`,
			disableFollowRedirect,
		});
		const refused = await withRealHelpers(
			env.store,
			async (helper) =>
				await helper.helpers.httpRequest(test).then(
					() => 'followed',
					(error: { response?: { status?: number } }) => error.response?.status ?? 'error',
				),
		);
		expect(refused).toBe(302);
		expect(trap.requests).toHaveLength(1);
		expect(leakedSecrets(trap, [token, env.sim.clientSecret])).toEqual([]);
	});
});
