/**
 * Which Flexport-Version each request sends: the credential's by default, what an operation of
 * API version 3 or a dated version needs, and Request Options → API Version over both.
 */
import { useSimulator } from '../../../harness/simulatorFixture';

describe('API version per operation (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	const fixtures = () => env.sim.fixtures as { shipmentId: number };
	const getShipment = (requestOptions = {}) =>
		env.run({
			parameters: {
				resource: 'shipment',
				operation: 'get',
				shipmentId: { __rl: true, mode: 'id', value: String(fixtures().shipmentId) },
				requestOptions,
			},
		});

	it("sends the credential's version (2) when nothing else is asked for", async () => {
		const { requests, error } = await getShipment();
		expect(error).toBeUndefined();
		expect(requests[0].headers['flexport-version']).toBe('2');
	});

	it('Request Options → API Version overrides it, for the OAuth2 and the API-key credential alike', async () => {
		const oauth = await getShipment({ apiVersion: '3' });
		expect(oauth.requests[0].headers['flexport-version']).toBe('3');
		expect(oauth.requests[0].status).toBe(200);
		const apiKey = await env.run({
			credentialType: 'flexportApi',
			parameters: {
				resource: 'shipment',
				operation: 'getAll',
				limit: 1,
				requestOptions: { apiVersion: '2023-07-01' },
			},
		});
		expect(apiKey.error).toBeUndefined();
		expect(apiKey.requests[0].headers['flexport-version']).toBe('2023-07-01');
	});

	it('the API version of the credential stays the default for every other operation', async () => {
		env.store.set('cred-v3', 'flexportOAuth2Api', {
			...env.store.get('cred-1'),
			apiVersion: '3',
		});
		const { requests } = await env.run({
			credentialId: 'cred-v3',
			parameters: { resource: 'port', operation: 'getAll', limit: 1 },
		});
		expect(requests[0].headers['flexport-version']).toBe('3');
	});

	it('refuses a malformed or future override before sending anything, naming the option and item', async () => {
		for (const apiVersion of ['4', '2999-01-01']) {
			const { error, requests } = await getShipment({ apiVersion });
			expect(error?.message).toMatch(
				/^"Request Options → API Version" must be 2, 3 or a date.*\[item 0\]$/,
			);
			expect(requests).toHaveLength(0);
		}
	});
});
