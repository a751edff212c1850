'use strict';

// Logistics webhooks over real HTTP: registration rules, token-authenticated delivery of emitted
// events (same logisticsEventId on every attempt), Flexport-style retries compressed in time and
// bounded, other auth methods, redelivery, automatic events, and deletion.

const http = require('node:http');
const { useLogisticsSimulator, call, control } = require('./test-client');

let sim;
let receiver;

/** A loopback receiver; `reply(request)` picks the status (or 'hang'). */
function startReceiver() {
	const received = [];
	let reply = () => 200;
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const entry = {
				method: req.method,
				url: req.url,
				headers: req.headers,
				body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
				at: Date.now(),
			};
			received.push(entry);
			const status = reply(entry, received.length);
			if (status === 'hang') return;
			res.writeHead(status).end();
		});
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () =>
			resolve({
				received,
				url: (path, scheme = 'https') => `${scheme}://127.0.0.1:${server.address().port}${path}`,
				setReply: (fn) => (reply = fn),
				close: () =>
					new Promise((done) => {
						server.closeAllConnections();
						server.close(done);
					}),
			}),
		);
	});
}

const register = (body) =>
	call(sim, '/webhooks', { method: 'POST', body: { method: 'POST', ...body } });
const registerWithToken = (type, path, token) =>
	register({
		type,
		url: receiver.url(path),
		authMethod: 'TOKEN',
		tokenHeader: 'X-Flexport-Token',
		token,
	});
const emit = async (type, fields) => (await control(sim, 'POST', '/events', { type, fields })).json;
const bodiesFor = (path) => receiver.received.filter((entry) => entry.url === path);
/** Waits until an attempt to deliver `eventId` ended with `outcome`. */
const settled = (eventId, outcome = 'delivered') =>
	sim.logistics.waitForDeliveries((all) =>
		all.some((d) => d.logisticsEventId === eventId && d.outcome === outcome),
	);

useLogisticsSimulator(
	(started) => {
		sim = started;
	},
	{
		logistics: {
			settings: { webhookRetry: { firstDelayMs: 40, factor: 2, maxDelayMs: 200, attempts: 4 } },
		},
	},
);
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());
afterEach(() => receiver.setReply(() => 200));

describe('registration', () => {
	it('demands https unless allowHttpWebhookUrls, and the fields each authMethod needs', async () => {
		const http1 = await register({ type: 'Order.Shipped', url: receiver.url('/plain', 'http') });
		expect(http1.status).toBe(400);
		expect(http1.json.detail).toContain('body.url');
		sim.logistics.setSettings({ allowHttpWebhookUrls: true });
		const allowed = await register({
			type: 'Inventory.Adjusted',
			url: receiver.url('/plain', 'http'),
		});
		expect(allowed.status).toBe(202);
		const duplicate = await register({
			type: 'Inventory.Adjusted',
			url: receiver.url('/plain', 'http'),
		});
		expect(duplicate.status).toBe(409);
		sim.logistics.setSettings({ allowHttpWebhookUrls: false });
		const noHeader = await register({
			type: 'Order.Shipped',
			url: receiver.url('/t'),
			authMethod: 'TOKEN',
			token: 'x',
		});
		expect([noHeader.status, noHeader.json.detail]).toEqual([
			422,
			expect.stringContaining('body.tokenHeader'),
		]);
		sim.logistics.setSettings({ webhookTypes: 'documented' });
		const unknownType = await register({ type: 'Order.Exploded', url: receiver.url('/x') });
		expect([unknownType.status, unknownType.json.detail]).toEqual([
			422,
			expect.stringContaining('body.type'),
		]);
		sim.logistics.setSettings({ webhookTypes: 'any' });
	});

	it('echoes, masks or omits the stored token as webhookSecretsInResponses says', async () => {
		const created = await register({
			type: 'Shipment.Created',
			url: receiver.url('/secret'),
			authMethod: 'TOKEN',
			tokenHeader: 'X-T',
			token: 'abcd1234',
		});
		expect(created.json.token).toBe('abcd1234');
		sim.logistics.setSettings({ webhookSecretsInResponses: 'mask' });
		expect((await call(sim, `/webhooks/${created.json.id}`)).json.token).toBe('****1234');
		sim.logistics.setSettings({ webhookSecretsInResponses: 'omit' });
		const listed = (await call(sim, '/webhooks')).json.find((hook) => hook.id === created.json.id);
		expect(listed.token).toBeUndefined();
		sim.logistics.setSettings({ webhookSecretsInResponses: 'echo' });
	});
});

describe('delivery', () => {
	it('delivers an emitted event to each matching webhook with its token header', async () => {
		const hook = await registerWithToken('Order.Shipped', '/orders', 's3cret');
		await registerWithToken('Return.Updated', '/returns', 's3cret');
		const { event, webhookIds } = await emit('Order.Shipped', {
			orderId: '100004',
			externalOrderId: 'SHOP-5003',
		});
		expect(webhookIds).toEqual(
			expect.arrayContaining([hook.json.id, sim.logistics.fixtures.webhookId]),
		);
		await settled(event.id);
		const [delivery] = bodiesFor('/orders');
		expect(delivery.method).toBe('POST');
		expect(delivery.headers['x-flexport-token']).toBe('s3cret');
		expect(delivery.body).toMatchObject({
			logisticsEventId: event.id,
			logisticsEventType: 'Order.Shipped',
			logisticsAccountId: sim.logistics.logisticsAccountId,
			orderId: '100004',
		});
		expect(bodiesFor('/returns')).toHaveLength(0);
		const skipped = sim.logistics
			.deliveries()
			.find(
				(d) => d.webhookId === sim.logistics.fixtures.webhookId && d.logisticsEventId === event.id,
			);
		expect(skipped.outcome).toBe('skipped');
		const history = await call(sim, `/events?ids=${event.id}`);
		expect(history.json).toEqual([
			{
				id: event.id,
				type: 'Order.Shipped',
				time: event.time,
				payload: expect.objectContaining({ orderId: '100004' }),
			},
		]);
	});

	it('retries a failing receiver with growing gaps and the same logisticsEventId, then stops', async () => {
		await registerWithToken('Inbound.Received', '/retry', 't');
		receiver.setReply((entry) => (bodiesFor('/retry').length < 3 ? 500 : 200));
		const { event } = await emit('Inbound.Received', { amount: 5, shipmentItemId: 1 });
		await settled(event.id);
		const attempts = bodiesFor('/retry');
		expect(attempts.map((entry) => entry.body.logisticsEventId)).toEqual([
			event.id,
			event.id,
			event.id,
		]);
		const gaps = [attempts[1].at - attempts[0].at, attempts[2].at - attempts[1].at];
		expect(gaps[0]).toBeGreaterThanOrEqual(35);
		expect(gaps[1]).toBeGreaterThan(gaps[0]);
		const outcomes = sim.logistics
			.deliveries()
			.filter((d) => d.logisticsEventId === event.id)
			.map((d) => [d.attempt, d.status, d.outcome]);
		expect(outcomes).toEqual([
			[1, 500, 'retrying'],
			[2, 500, 'retrying'],
			[3, 200, 'delivered'],
		]);
	});

	it('gives up after the configured number of attempts (timeouts and errors count too)', async () => {
		sim.logistics.setSettings({ webhookTimeoutMs: 100 });
		await register({ type: 'Shipment.Cancelled', url: receiver.url('/down'), authMethod: 'NONE' });
		receiver.setReply((entry, n) => (n % 2 ? 'hang' : 503));
		const { event } = await emit('Shipment.Cancelled', {
			id: '1',
			orderId: '100001',
			externalOrderId: 'SHOP-5000',
		});
		await settled(event.id, 'failed');
		await new Promise((resolve) => setTimeout(resolve, 400));
		const tries = sim.logistics.deliveries().filter((d) => d.logisticsEventId === event.id);
		expect(tries.map((d) => d.attempt)).toEqual([1, 2, 3, 4]);
		expect(tries.some((d) => d.error && d.error.includes('timed out'))).toBe(true);
		sim.logistics.setSettings({ webhookTimeoutMs: 2000 });
	});

	it('uses the webhook’s method and BASIC_AUTH credentials', async () => {
		await register({
			type: 'Shipment.Shipped',
			url: receiver.url('/basic'),
			method: 'PUT',
			authMethod: 'BASIC_AUTH',
			username: 'flex',
			password: 'port',
		});
		const { event } = await emit('Shipment.Shipped', {
			id: '2',
			orderId: '100004',
			externalOrderId: 'SHOP-5003',
		});
		await settled(event.id);
		const [delivery] = bodiesFor('/basic');
		expect(delivery.method).toBe('PUT');
		expect(delivery.headers.authorization).toBe(
			`Basic ${Buffer.from('flex:port').toString('base64')}`,
		);
	});

	it('redelivers a stored event with the same logisticsEventId', async () => {
		const before = bodiesFor('/orders').length;
		const { event } = await emit('Order.Shipped', {
			orderId: '100005',
			externalOrderId: 'SHOP-5004',
		});
		await sim.logistics.waitForDeliveries(() => bodiesFor('/orders').length === before + 1);
		const again = await control(sim, 'POST', '/redeliver', { logisticsEventId: event.id });
		expect(again.status).toBe(200);
		await sim.logistics.waitForDeliveries(() => bodiesFor('/orders').length === before + 2);
		expect(
			bodiesFor('/orders')
				.slice(-2)
				.map((entry) => entry.body.logisticsEventId),
		).toEqual([event.id, event.id]);
		expect((await control(sim, 'POST', '/redeliver', { logisticsEventId: 'nope' })).status).toBe(
			400,
		);
	});

	it('emits Order.Cancelled when an order is cancelled through the API', async () => {
		await register({
			type: 'Order.Cancelled',
			url: receiver.url('/cancelled'),
			authMethod: 'NONE',
		});
		const orderId = sim.logistics.fixtures.orderId;
		expect((await call(sim, `/orders/${orderId}/cancel`, { method: 'POST' })).status).toBe(200);
		await sim.logistics.waitForDeliveries(() => bodiesFor('/cancelled').length === 1);
		expect(bodiesFor('/cancelled')[0].body).toMatchObject({
			orderId,
			logisticsEventType: 'Order.Cancelled',
		});
	});

	it('stops delivering to a deleted webhook, including pending retries', async () => {
		const hook = await register({
			type: 'Inventory.Adjusted',
			url: receiver.url('/deleted'),
			authMethod: 'NONE',
		});
		receiver.setReply(() => 500);
		const { event } = await emit('Inventory.Adjusted', { adjustmentId: 'A1' });
		await sim.logistics.waitForDeliveries((all) =>
			all.some((d) => d.logisticsEventId === event.id && d.webhookId === hook.json.id),
		);
		expect((await call(sim, `/webhooks/${hook.json.id}`, { method: 'DELETE' })).status).toBe(200);
		await settled(event.id, 'abandoned');
		expect((await call(sim, `/webhooks/${hook.json.id}`)).status).toBe(404);
	});
});
