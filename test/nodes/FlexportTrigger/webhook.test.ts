/**
 * Flexport Trigger against the simulator: sim.sendWebhook() signs and POSTs real deliveries to a
 * 127.0.0.1 receiver that runs the node's webhook() in n8n-core's WebhookContext.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import type { WebhookReceiver } from '../../harness/pollHarness';
import { useSimulator } from '../../harness/simulatorFixture';
import { secretCredential, useWebhookReceivers } from './receiverFixture';

interface SendOptions {
	secret?: string;
	algorithms?: string[];
	prefix?: boolean;
	tamperBody?: boolean;
	omitSignature?: boolean;
	wrongSecret?: boolean;
	rawBody?: string;
	headers?: Record<string, string>;
}

const env = useSimulator();
const receivers = useWebhookReceivers(env);
let receiver: WebhookReceiver | undefined;

async function deliver(
	parameters: IDataObject,
	options: SendOptions = {},
	event: IDataObject = { type: '/shipment_leg#departed' },
	credentials = secretCredential,
) {
	receiver = await receivers.start({ parameters, credentials });
	const response = await receivers.send(receiver, event, options as IDataObject);
	const delivery = receiver.deliveries[0];
	const ran = delivery?.result?.workflowData !== undefined;
	return {
		status: response.status,
		body: JSON.parse(response.body || '{}') as IDataObject,
		ran,
		delivery,
		items: delivery?.result?.workflowData?.[0] ?? [],
	};
}

describe('Flexport Trigger signature handling (simulator deliveries)', () => {
	it('correct SHA-256, "sha256=" prefix: 200 and one run with the event', async () => {
		const result = await deliver({}, { algorithms: ['sha256', 'sha1'], prefix: true });
		expect(result).toMatchObject({ status: 200, ran: true });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			_object: '/event',
			type: '/shipment_leg#departed',
		});
		expect(result.delivery.rawBody.equals(Buffer.from(JSON.stringify(result.items[0].json)))).toBe(
			true,
		);
	});

	it('correct SHA-256, bare hex: 200 and a run', async () => {
		expect(await deliver({}, { algorithms: ['sha256', 'sha1'], prefix: false })).toMatchObject({
			status: 200,
			ran: true,
		});
	});

	it('SHA-1 only with "Allow SHA-1 Signatures" off: 401, no run', async () => {
		const result = await deliver({}, { algorithms: ['sha1'] });
		expect(result).toMatchObject({ status: 401, ran: false });
		expect(result.body.error).toContain('SHA-1');
	});

	it('SHA-1 only with "Allow SHA-1 Signatures" on: 200 and a run (prefixed and bare)', async () => {
		expect(
			await deliver({ options: { allowSha1: true } }, { algorithms: ['sha1'], prefix: true }),
		).toMatchObject({ status: 200, ran: true });
		await receiver?.close();
		expect(
			await deliver({ options: { allowSha1: true } }, { algorithms: ['sha1'], prefix: false }),
		).toMatchObject({ status: 200, ran: true });
	});

	it('tampered body: 401, no run', async () => {
		expect(await deliver({}, { tamperBody: true })).toMatchObject({
			status: 401,
			ran: false,
			body: { error: expect.stringContaining('does not match') },
		});
	});

	it('wrong secret: 401, no run', async () => {
		expect(await deliver({ options: { allowSha1: true } }, { wrongSecret: true })).toMatchObject({
			status: 401,
			ran: false,
		});
	});

	it('missing signature headers: 401, no run', async () => {
		expect(await deliver({ options: { allowSha1: true } }, { omitSignature: true })).toMatchObject({
			status: 401,
			ran: false,
			body: { error: expect.stringContaining('no X-Hub-Signature') },
		});
	});

	it('both headers, SHA-256 wrong and SHA-1 right, SHA-1 allowed: 401 (SHA-256 decides), no run', async () => {
		const wrong = `sha256=${'0'.repeat(64)}`;
		const result = await deliver(
			{ options: { allowSha1: true } },
			{ algorithms: ['sha1'], headers: { 'X-Hub-Signature-256': wrong } },
		);
		expect(result.delivery.headers['x-hub-signature']).toMatch(/^sha1=[0-9a-f]{40}$/);
		expect(result).toMatchObject({ status: 401, ran: false });
	});

	it('oversized body (> 5 MB), correctly signed: 413, no run', async () => {
		const event = {
			_object: '/event',
			id: 1,
			type: '/shipment_leg#departed',
			data: { padding: 'x'.repeat(5 * 1024 * 1024) },
		};
		const result = await deliver({}, { rawBody: JSON.stringify(event) }, event);
		expect(result).toMatchObject({ status: 413, ran: false });
	});
});

describe('Flexport Trigger event filter and output', () => {
	it('an unselected event type gets 200 without a run; a selected one runs', async () => {
		const parameters = {
			events: ['/shipment#delivered_in_full'],
			otherEventTypes: '/document#created',
		};
		const ignored = await deliver(parameters, {}, { type: '/shipment_leg#departed' });
		expect(ignored).toMatchObject({
			status: 200,
			ran: false,
			body: { received: true, ignored: true },
		});
		await receiver?.close();
		expect(await deliver(parameters, {}, { type: '/shipment#delivered_in_full' })).toMatchObject({
			status: 200,
			ran: true,
		});
		await receiver?.close();
		const unknown = await deliver(
			parameters,
			{},
			{ type: '/document#created', data: { resource: { _object: '/document', id: 'D1' } } },
		);
		expect(unknown).toMatchObject({ status: 200, ran: true });
	});

	it('"Any Event" (the default) runs for types Flexport adds later', async () => {
		expect(
			await deliver({}, {}, { type: '/container_load_result#created', data: { resource: null } }),
		).toMatchObject({ status: 200, ran: true });
	});
});

describe('Flexport Trigger "Resolve Resource"', () => {
	const oauth: INode['credentials'] = {
		...secretCredential,
		flexportOAuth2Api: { id: 'cred-1', name: 'Flexport' },
	};
	const apiKey: INode['credentials'] = {
		...secretCredential,
		flexportApi: { id: 'cred-key', name: 'Flexport key' },
	};

	it('fetches data.resource with the managed OAuth2 token and adds resource_object; the token is reused', async () => {
		const first = await deliver(
			{ resolveResource: true },
			{},
			{ type: '/shipment_leg#departed' },
			oauth,
		);
		expect(first).toMatchObject({ status: 200, ran: true });
		const event = first.items[0].json as IDataObject;
		const resource = (event.data as IDataObject).resource as IDataObject;
		expect(resource._object).toBe('/shipment_leg');
		expect(event.resource_object).toMatchObject({ id: resource.id });
		expect(event.resource_error).toBeUndefined();
		expect(
			env.apiRequests().map((request) => `${request.method} ${request.path} ${request.status}`),
		).toEqual([`GET /shipment_legs/${resource.id} 200`]);
		expect(env.sim.stats().tokenRequests).toBe(1);

		await receiver?.close();
		const second = await deliver(
			{ resolveResource: true },
			{},
			{ type: '/shipment#created' },
			oauth,
		);
		expect((second.items[0].json as IDataObject).resource_object).toMatchObject({
			_object: '/shipment',
		});
		expect(env.sim.stats().tokenRequests).toBe(1);
	});

	it('follows an /api/refs/object link and works with the legacy API key', async () => {
		const shipmentId = env.sim.fixtures && (env.sim.fixtures as IDataObject).shipmentId;
		const ref = {
			_object: '/api/refs/object',
			ref_type: '/shipment',
			link: `${env.sim.url}/shipments/${shipmentId}`,
			id: shipmentId,
		};
		const result = await deliver(
			{ resolveResource: true, authentication: 'apiKey' },
			{},
			{ type: '/shipment#created', data: { resource: ref } },
			apiKey,
		);
		expect((result.items[0].json as IDataObject).resource_object).toMatchObject({
			_object: '/shipment',
			id: shipmentId,
		});
		expect(env.sim.stats().tokenRequests).toBe(0);
	});

	it('still runs with resource_error when the resource cannot be fetched or named', async () => {
		const missing = await deliver(
			{ resolveResource: true },
			{},
			{ type: '/shipment#created', data: { resource: { _object: '/shipment', id: 999999999 } } },
			oauth,
		);
		expect(missing).toMatchObject({ status: 200, ran: true });
		expect(missing.items[0].json).toMatchObject({
			resource_object: null,
			resource_error: expect.stringContaining('404'),
		});
		await receiver?.close();
		const unnamed = await deliver(
			{ resolveResource: true },
			{},
			{ type: '/shipment#created', data: { resource: null } },
			oauth,
		);
		expect(unnamed.items[0].json).toMatchObject({
			resource_object: null,
			resource_error: expect.stringContaining('no resource'),
		});
	});

	it('without "Resolve Resource" no Flexport request is made', async () => {
		const result = await deliver({}, {}, { type: '/shipment_leg#departed' });
		expect(result.items[0].json).not.toHaveProperty('resource_object');
		expect(env.apiRequests()).toHaveLength(0);
	});
});
