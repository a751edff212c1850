/**
 * The legacy API-key credential as n8n-core's real request helpers use it (also from the HTTP
 * Request node, which follows redirects itself): the key is sent to the API host and never to
 * another host a redirect points at.
 */
// Test-only server.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import * as http from 'node:http';

import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { FlexportApi } from '../../credentials/FlexportApi.credentials';
import { CREDENTIAL_CHECK_PATH } from '../../nodes/shared/freightSettings';
import { CredentialStore, TestCredentialsHelper, withRealHelpers } from '../harness/n8nHarness';
import { leakedSecrets, startTrap, type Trap } from '../nodes/shared/transport/trap';

const API_KEY = 'legacy-key-for-the-redirect-test';

/** An "API host" that redirects `/away` to the trap and `/here` to its own `/landing`. */
async function startRedirectingApi(trap: Trap) {
	const seen: Array<{ url: string; authorization?: string }> = [];
	const server = http.createServer((req, res) => {
		seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
		const location =
			req.url === '/here'
				? '/landing'
				: req.url === '/landing'
					? undefined
					: `${trap.origin}/elsewhere`;
		if (location) res.writeHead(302, { Location: location }).end();
		else res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"landed":true}');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		origin: `http://127.0.0.1:${port}`,
		seen,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

describe('Flexport Legacy API credential — the key stays on the API host', () => {
	let trap: Trap;
	let api: Awaited<ReturnType<typeof startRedirectingApi>>;
	const store = new CredentialStore();
	const credential = new FlexportApi();
	const helper = new TestCredentialsHelper(store);

	beforeAll(async () => {
		trap = await startTrap();
		api = await startRedirectingApi(trap);
	});
	afterAll(async () => {
		await api?.close();
		await trap?.close();
	});
	beforeEach(() => {
		trap.requests.length = 0;
		api.seen.length = 0;
	});

	const credentials = (): ICredentialDataDecryptedObject => ({
		apiKey: API_KEY,
		baseUrl: api.origin,
		apiVersion: '2',
	});
	/** n8n's helper sends what `authenticate` made of the request, following redirects itself. */
	const send = async (options: IHttpRequestOptions) =>
		await withRealHelpers(
			store,
			async (helpers) => await helpers.helpers.httpRequest(options).catch((error: Error) => error),
		);
	const authenticated = async (path: string) =>
		await helper.authenticate(credentials(), 'flexportApi', {
			method: 'GET',
			url: `${api.origin}${path}`,
		});

	it('does not follow a redirect to another host with the key', async () => {
		await send(await authenticated('/away'));
		expect(api.seen).toEqual([{ url: '/away', authorization: `Bearer ${API_KEY}` }]);
		expect(trap.requests.map((request) => request.url)).toEqual(['/elsewhere']);
		expect(trap.requests[0].headers.authorization).toBeUndefined();
		expect(leakedSecrets(trap, [API_KEY])).toEqual([]);
	});

	it('would leak without its setting: n8n puts the header back on another host (control)', async () => {
		const options = await authenticated('/away');
		delete options.sendCredentialsOnCrossOriginRedirect;
		await send(options);
		expect(leakedSecrets(trap, [API_KEY])).toEqual([API_KEY]);
	});

	it('keeps the key on a redirect within the API host', async () => {
		expect(await send(await authenticated('/here'))).toEqual({ landed: true });
		expect(api.seen).toEqual([
			{ url: '/here', authorization: `Bearer ${API_KEY}` },
			{ url: '/landing', authorization: `Bearer ${API_KEY}` },
		]);
		expect(trap.requests).toHaveLength(0);
	});

	it("n8n's credential test does not follow a redirect at all", async () => {
		const { request } = credential.test;
		expect(request.url).toBe(CREDENTIAL_CHECK_PATH);
		const answer = await send(
			await helper.authenticate(credentials(), 'flexportApi', {
				...request,
				baseURL: api.origin,
			} as IHttpRequestOptions),
		);
		expect(answer).toBeInstanceOf(Error);
		expect(api.seen.map((seen) => seen.url)).toEqual([CREDENTIAL_CHECK_PATH]);
		expect(trap.requests).toHaveLength(0);
	});
});
