/**
 * Redirects (nodes/shared/transport/exchange.ts) through n8n-core's real request helper: the
 * simulator answers 3xx with a Location on a "trap" server (another 127.0.0.1 port that records
 * what it receives). API calls, pagination, Resolve Links and the webhook trigger's Resolve
 * Resource never send anything there; a document download may be handed to a storage URL and is
 * then fetched without any credential.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import { useSimulator } from '../../../harness/simulatorFixture';
import { secretCredential, useWebhookReceivers } from '../../FlexportTrigger/receiverFixture';
import { leakedSecrets, startTrap, TRAP_FILE, type Trap } from './trap';

const getShipment = (id = '200001') => ({
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: id },
});

describe('redirects', () => {
	const env = useSimulator();
	const receivers = useWebhookReceivers(env);
	let trap: Trap;
	const secrets = () => [env.sim.clientSecret, env.sim.apiKey, ...env.store.tokensSeen];
	const fixtures = () => env.sim.fixtures as { documentId: string };

	beforeAll(async () => {
		trap = await startTrap();
	});
	afterAll(async () => await trap.close());
	beforeEach(async () => {
		trap.requests.length = 0;
		await env.run({ parameters: getShipment() }); // the token first, so faults hit API calls only
		await env.run({ parameters: getShipment(), credentialType: 'flexportApi' });
	});
	afterEach(() => {
		expect(leakedSecrets(trap, secrets())).toEqual([]);
	});

	const refusal = (label: string) =>
		new RegExp(
			`Flexport redirected ${label} to ${trap.origin}; the node did not follow: only the configured API host ${env.sim.url} may receive`,
		);

	it.each([
		['OAuth2', 302, 'flexportOAuth2Api'],
		['OAuth2', 307, 'flexportOAuth2Api'],
		['legacy API key', 302, 'flexportApi'],
		['legacy API key', 307, 'flexportApi'],
	] as const)(
		'%s: a %s of an API call to another host is refused; that host receives nothing',
		async (_name, status, credentialType) => {
			env.sim.setFaults({
				redirect: { status, location: `${trap.url}/shipments/200001` },
				pathFilter: '/shipments',
			});
			const { error } = await env.run({ parameters: getShipment(), credentialType });
			expect(error?.message).toMatch(refusal('GET /shipments/200001'));
			expect(error?.description).toMatch(/API Base URL.*Nothing was sent to the other address/);
			expect(trap.requests).toHaveLength(0);
		},
	);

	it('a 307 of a POST (which would send the body again) is refused', async () => {
		env.sim.setFaults({
			redirect: { status: 307, location: `${trap.url}/carbon_calculation` },
			pathFilter: '/carbon_calculation',
		});
		const { error } = await env.run({
			parameters: {
				resource: 'customApiCall',
				operation: 'request',
				method: 'POST',
				path: '/carbon_calculation',
				sendBody: true,
				body: '{"transportation_mode": "ocean"}',
			},
		});
		expect(error?.message).toMatch(refusal('POST /carbon_calculation'));
		expect(trap.requests).toHaveLength(0);
	});

	it('a redirect on the API host is followed with the credential (absolute and relative)', async () => {
		env.sim.setFaults({
			redirect: { status: 302, location: `${env.sim.url}/shipments/200002` },
			pathFilter: '/shipments/200001',
		});
		const absolute = await env.run({ parameters: getShipment() });
		expect(absolute.error).toBeUndefined();
		expect(absolute.items[0].json.id).toBe(200002);
		expect(absolute.requests.map((request) => `${request.path} ${request.status}`)).toEqual([
			'/shipments/200001 302',
			'/shipments/200002 200',
		]);
		env.sim.setFaults({
			redirect: { status: 307, location: '/shipments/200003' },
			pathFilter: '/shipments/200001',
		});
		const relative = await env.run({ parameters: getShipment() });
		expect(relative.items[0].json.id).toBe(200003);
	});

	it('a redirect loop on the API host stops after 5 hops with a clear error', async () => {
		env.sim.setFaults({
			redirect: { count: 100, status: 302, location: `${env.sim.url}/shipments/200001` },
			pathFilter: '/shipments',
		});
		const { error, requests } = await env.run({ parameters: getShipment() });
		expect(error?.message).toMatch(/did not follow: more than 5 redirects in a row/);
		expect(requests).toHaveLength(6);
	});

	it('pagination: a page redirected to another host is refused', async () => {
		env.sim.setFaults({
			redirect: { status: 302, location: `${trap.url}/shipments?page=2`, skip: 1 },
			pathFilter: '/shipments',
		});
		const { error } = await env.run({
			parameters: { resource: 'shipment', operation: 'getAll', returnAll: true },
		});
		expect(error?.message).toMatch(refusal('GET /shipments'));
		expect(trap.requests).toHaveLength(0);
	});

	it('Resolve Links: a linked object redirected to another host is refused', async () => {
		env.sim.setFaults({
			redirect: { status: 302, location: `${trap.url}/shipment_legs` },
			pathFilter: '/shipment_legs',
		});
		const { error } = await env.run({
			parameters: { ...getShipment('200003'), options: { resolveLinks: 'legs' } },
		});
		// The step names the link it followed.
		expect(error?.message).toMatch(refusal('GET \\S*/shipment_legs\\S*'));
		expect(trap.requests).toHaveLength(0);
	});

	it('webhook Resolve Resource: refused, the run gets resource_error, the other host nothing', async () => {
		const credentials: INode['credentials'] = {
			...secretCredential,
			flexportOAuth2Api: { id: 'cred-1', name: 'Flexport' },
		};
		const receiver = await receivers.start({ parameters: { resolveResource: true }, credentials });
		env.sim.setFaults({
			redirect: { status: 302, location: `${trap.url}/shipment_legs/1` },
			pathFilter: '/shipment_legs',
		});
		const response = await receivers.send(receiver, { type: '/shipment_leg#departed' }, {});
		expect(response.status).toBe(200);
		const event = receiver.deliveries[0]?.result?.workflowData?.[0]?.[0]?.json as IDataObject;
		expect(event.resource_object).toBeNull();
		expect(event.resource_error).toMatch(/redirected GET \/shipment_legs\/\d+ to .*did not follow/);
		expect(trap.requests).toHaveLength(0);
	});

	it('a document download handed to a storage URL is fetched there without any credential', async () => {
		env.sim.setFaults({
			redirect: { status: 302, location: `${trap.url}/files/invoice.pdf?signature=abc` },
			pathFilter: '/documents',
		});
		const { error, items } = await env.run({
			parameters: {
				resource: 'document',
				operation: 'download',
				documentId: { __rl: true, mode: 'id', value: fixtures().documentId },
				binaryPropertyName: 'file',
			},
		});
		expect(error).toBeUndefined();
		expect(Buffer.from(items[0].binary?.file.data ?? '', 'base64')).toEqual(TRAP_FILE);
		expect(trap.requests).toHaveLength(1);
		expect(trap.requests[0]).toMatchObject({
			method: 'GET',
			url: '/files/invoice.pdf?signature=abc',
		});
		expect(trap.requests[0].headers.authorization).toBeUndefined();
		expect(trap.requests[0].headers['flexport-version']).toBeUndefined();
	});

	it('a download redirected to something other than http(s) is refused', async () => {
		env.sim.setFaults({
			redirect: { status: 302, location: 'file:///etc/passwd' },
			pathFilter: '/documents',
		});
		const { error } = await env.run({
			parameters: {
				resource: 'document',
				operation: 'download',
				documentId: { __rl: true, mode: 'id', value: fixtures().documentId },
				binaryPropertyName: 'file',
			},
		});
		expect(error?.message).toMatch(/did not follow: only http and https addresses are followed/);
	});
});
