'use strict';

// idempotency-key over real HTTP: replay of the stored answer with `idempotent-replayed: true`, the
// switchable answer to a key reused with another body, which operations honour keys, expiry, and
// the order counts that prove "N orders, 0 duplicates" when 10 % of requests fail, half of them
// after the order was made.

const { orderInput } = require('./operation-bodies');
const { useLogisticsSimulator, call } = require('./test-client');

let sim;
useLogisticsSimulator((started) => {
	sim = started;
});

const orderBody = (externalOrderId, quantity = 1) =>
	orderInput(externalOrderId, sim.logistics.fixtures.logisticsSku, { quantity });

const createOrder = (body, key, extra = {}) =>
	call(sim, '/orders', {
		method: 'POST',
		body,
		headers: key === undefined ? {} : { 'idempotency-key': key },
		...extra,
	});

/** Creates an order the way a careful client does: same key on every retry, bounded attempts. */
async function createWithRetries(body, key) {
	for (let attempt = 1; attempt <= 10; attempt += 1) {
		try {
			const answer = await createOrder(body, key, { signal: AbortSignal.timeout(3000) });
			if (answer.status === 200) return answer;
			if (answer.status < 500) throw new Error(`HTTP ${answer.status}: ${answer.text}`);
		} catch (error) {
			if (error.message.startsWith('HTTP')) throw error;
		}
	}
	throw new Error(`order ${body.externalOrderId} not created after 10 attempts`);
}

async function inBatches(count, size, run) {
	for (let start = 0; start < count; start += size) {
		const batch = [];
		for (let index = start; index < Math.min(count, start + size); index += 1)
			batch.push(run(index));
		await Promise.all(batch);
	}
}

describe('Logistics idempotency', () => {
	it('replays the stored answer for the same key and body, and creates nothing new', async () => {
		const before = sim.logistics.orderStats().created;
		const first = await createOrder(orderBody('IDEM-1'), 'key-1');
		expect(first.status).toBe(200);
		expect(first.headers.get('idempotent-replayed')).toBeNull();
		const reordered = {
			lineItems: orderBody('IDEM-1').lineItems,
			externalOrderId: 'IDEM-1',
			address: orderBody('IDEM-1').address,
		};
		const again = await createOrder(reordered, 'key-1');
		expect(again.status).toBe(200);
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expect(again.json).toEqual(first.json);
		expect(sim.logistics.orderStats().created).toBe(before + 1);
		expect(sim.logistics.stats().idempotency.replayed).toBeGreaterThanOrEqual(1);
	});

	it('answers a key reused with another body as the idempotencyMismatch setting says', async () => {
		await createOrder(orderBody('IDEM-2'), 'key-2');
		const mismatch = await createOrder(orderBody('IDEM-2', 2), 'key-2');
		expect(mismatch.status).toBe(422);
		expect(mismatch.json.detail).toContain('key-2');
		sim.logistics.setSettings({ idempotencyMismatch: 409 });
		expect((await createOrder(orderBody('IDEM-2', 3), 'key-2')).status).toBe(409);
		sim.logistics.setSettings({ idempotencyMismatch: 'replay' });
		const replayed = await createOrder(orderBody('IDEM-2', 4), 'key-2');
		expect(replayed.headers.get('idempotent-replayed')).toBe('true');
		expect(replayed.json.lineItems[0].quantity).toBe(1);
		sim.logistics.setSettings({ idempotencyMismatch: 'execute' });
		const executed = await createOrder(orderBody('IDEM-2', 5), 'key-2');
		expect(executed.json.lineItems[0].quantity).toBe(5);
		expect(sim.logistics.orderStats().duplicates).toContainEqual({
			externalOrderId: 'IDEM-2',
			count: 2,
		});
	});

	it('replays handler errors too (with the header), but not validation errors', async () => {
		const missing = { method: 'POST', headers: { 'idempotency-key': 'key-404' } };
		const first = await call(sim, '/orders/999999/cancel', missing);
		expect(first.status).toBe(404);
		const second = await call(sim, '/orders/999999/cancel', missing);
		expect([second.status, second.headers.get('idempotent-replayed')]).toEqual([404, 'true']);
		const invalid = { ...orderBody('IDEM-3'), lineItems: [], extra: 1 };
		expect((await createOrder(invalid, 'key-3')).status).toBe(400);
		const valid = await createOrder(orderBody('IDEM-3'), 'key-3');
		expect([valid.status, valid.headers.get('idempotent-replayed')]).toEqual([200, null]);
	});

	it('honours keys on every POST/PATCH, on a list of operations, or on none', async () => {
		const shipment = sim.logistics.fixtures.inboundShipmentId;
		const patch = (key) =>
			call(sim, `/inbounds/shipments/${shipment}/update`, {
				method: 'PATCH',
				body: { packageTrackingNumber: '1Z1' },
				headers: { 'idempotency-key': key },
			});
		await patch('patch-1');
		expect((await patch('patch-1')).headers.get('idempotent-replayed')).toBe('true');
		sim.logistics.setSettings({ idempotency: ['create_order202307'] });
		await patch('patch-2');
		expect((await patch('patch-2')).headers.get('idempotent-replayed')).toBeNull();
		sim.logistics.setSettings({ idempotency: 'none' });
		const before = sim.logistics.orderStats().created;
		await createOrder(orderBody('IDEM-4'), 'key-4');
		const second = await createOrder(orderBody('IDEM-4'), 'key-4');
		expect(second.headers.get('idempotent-replayed')).toBeNull();
		expect(sim.logistics.orderStats().created).toBe(before + 2);
	});

	it('forgets a key after idempotencyTtlMs of simulator time', async () => {
		sim.logistics.setSettings({ idempotencyTtlMs: 60000 });
		await createOrder(orderBody('IDEM-5'), 'key-5');
		sim.advanceClock(61000);
		const later = await createOrder(orderBody('IDEM-5'), 'key-5');
		expect(later.headers.get('idempotent-replayed')).toBeNull();
	});

	it('rejects a second order with the same externalOrderId when told to (409)', async () => {
		sim.logistics.setSettings({ duplicateExternalOrderId: 'reject' });
		await createOrder(orderBody('IDEM-6'), 'key-6a');
		const second = await createOrder(orderBody('IDEM-6'), 'key-6b');
		expect(second.status).toBe(409);
	});

	it('ends with exactly N orders and 0 duplicates when keys are reused on retries under 10 % faults', async () => {
		sim.logistics.resetStats();
		const before = sim.logistics.orderStats();
		sim.logistics.injectRandomFailures({
			fraction: 0.1,
			after: 0.5,
			hangMs: 150,
			pathFilter: '/logistics/api/2024-07/orders',
		});
		const count = 300;
		await inBatches(count, 15, (index) =>
			createWithRetries(orderBody(`FAULT-${index}`), `fault-key-${index}`),
		);
		const after = sim.logistics.orderStats();
		expect(after.created - before.created).toBe(count);
		expect(after.duplicateOrders).toBe(before.duplicateOrders);
		const { faults, idempotency } = sim.logistics.stats();
		const struck = Object.values(faults).reduce((sum, n) => sum + n, 0);
		const struckAfter = Object.entries(faults)
			.filter(([name]) => name.endsWith('-after'))
			.reduce((sum, [, n]) => sum + n, 0);
		expect(struck / sim.logistics.stats().requests).toBeGreaterThan(0.04);
		expect(struck / sim.logistics.stats().requests).toBeLessThan(0.2);
		expect(struckAfter).toBeGreaterThan(0);
		expect(idempotency.replayed).toBeGreaterThanOrEqual(struckAfter);
	});

	it('shows duplicates for the same retries without keys (the faults really strike after the work)', async () => {
		const before = sim.logistics.orderStats();
		sim.logistics.injectRandomFailures({
			fraction: 0.3,
			after: 1,
			hangMs: 100,
			pathFilter: '/logistics/api/2024-07/orders',
		});
		await inBatches(60, 15, (index) => createWithRetries(orderBody(`NOKEY-${index}`), undefined));
		const after = sim.logistics.orderStats();
		expect(after.distinctExternalOrderIds - before.distinctExternalOrderIds).toBe(60);
		expect(after.duplicateOrders - before.duplicateOrders).toBeGreaterThan(0);
	});
});
