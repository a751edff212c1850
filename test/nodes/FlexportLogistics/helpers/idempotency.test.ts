/**
 * The idempotency-key every write sends: derived from execution, node, run and item unless the
 * user sets one; a repeat (n8n's Retry On Fail, a re-run of the same execution, the same user key)
 * is answered by Flexport with the stored result, so no second order is created.
 */
import type { IDataObject } from 'n8n-workflow';

import {
	derivedIdempotencyKey,
	idempotencyKeyProblem,
} from '../../../../nodes/FlexportLogistics/helpers/idempotency';
import { useLogisticsSimulator } from '../../../harness/logisticsFixture';

describe('idempotency key derivation', () => {
	it('names execution, node, run and item; an unsaved run gets a random execution part', () => {
		expect(
			derivedIdempotencyKey({ executionId: '42', nodeId: 'node-a', runIndex: 1, itemIndex: 7 }),
		).toBe('n8n-42-node-a-1-7');
		const first = derivedIdempotencyKey({ nodeId: 'n', runIndex: 0, itemIndex: 0 });
		const second = derivedIdempotencyKey({ nodeId: 'n', runIndex: 0, itemIndex: 0 });
		expect(first).toMatch(/^n8n-unsaved\.\w{12}-n-0-0$/);
		expect(first).not.toBe(second);
	});

	it('accepts printable ASCII up to 255 characters as a user key', () => {
		expect(idempotencyKeyProblem('order-#1001')).toBeUndefined();
		expect(idempotencyKeyProblem('x'.repeat(256))).toMatch(/longer than 255/);
		expect(idempotencyKeyProblem('bestellung-ä')).toMatch(/printable ASCII/);
	});
});

describe('idempotency keys in n8n-core runs against the Logistics simulator', () => {
	const env = useLogisticsSimulator();
	let counter = 0;
	const createOrder = (extra: IDataObject = {}) => ({
		resource: 'order',
		operation: 'create',
		externalOrderId: '={{ $json.orderNumber }}',
		shippingAddress: {
			address: { address1: '1 Main St', city: 'Atlanta', countryCode: 'US', zip: '30318' },
		},
		lineItems: {
			item: [{ logisticsSku: String(env.logistics.fixtures.logisticsSku), quantity: 1 }],
		},
		...extra,
	});
	const ordersNamed = (externalOrderId: string) =>
		(env.logistics.db.orders as { all(): IDataObject[] })
			.all()
			.filter((order) => order.externalOrderId === externalOrderId).length;
	const keysOf = (requests: Array<{ headers: Record<string, string> }>) =>
		requests.map((request) => request.headers['idempotency-key']);

	it('derives one key per item from the execution, node, run and item', async () => {
		const items = [{ orderNumber: `IK-${++counter}` }, { orderNumber: `IK-${++counter}` }];
		const { requests, items: output } = await env.run({
			parameters: createOrder(),
			items,
			executionId: 'exec-derive',
		});
		expect(keysOf(requests).sort()).toEqual([
			'n8n-exec-derive-logistics-node-id-0-0',
			'n8n-exec-derive-logistics-node-id-0-1',
		]);
		expect(output.map((item) => (item.json.idempotency as IDataObject).key)).toEqual([
			'n8n-exec-derive-logistics-node-id-0-0',
			'n8n-exec-derive-logistics-node-id-0-1',
		]);
	});

	it('a re-run of the same execution sends the same keys: Flexport replays, no second order', async () => {
		const items = [{ orderNumber: `RERUN-${++counter}` }];
		const first = await env.run({ parameters: createOrder(), items, executionId: 'exec-rerun' });
		const again = await env.run({ parameters: createOrder(), items, executionId: 'exec-rerun' });
		expect(keysOf(again.requests)).toEqual(keysOf(first.requests));
		expect(first.items[0].json.idempotency).toMatchObject({ replayed: false });
		expect(again.items[0].json.idempotency).toMatchObject({ replayed: true });
		expect(again.items[0].json.id).toBe(first.items[0].json.id);
		expect(ordersNamed(items[0].orderNumber)).toBe(1);
	});

	it("n8n's Retry On Fail repeats the item with the same key after the transport gave up", async () => {
		const orderNumber = `RETRY-${++counter}`;
		// Three answers lost after the order was made: the transport's three attempts all fail.
		env.logistics.setFaults({
			status5xx: { count: 3, status: 503, after: true, methods: ['POST'] },
		});
		const { items, requests, error } = await env.run({
			parameters: createOrder(),
			items: [{ orderNumber }],
			retryOnFail: { maxTries: 2, waitBetweenTries: 0 },
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(4);
		expect(new Set(keysOf(requests)).size).toBe(1);
		expect(items[0].json.idempotency).toMatchObject({ replayed: true });
		expect(ordersNamed(orderNumber)).toBe(1);
	});

	it('Options → Idempotency Key makes a write unique across executions', async () => {
		const orderNumber = `USER-${++counter}`;
		const parameters = createOrder({
			options: { idempotencyKey: '={{ "shop-" + $json.orderNumber }}' },
		});
		const first = await env.run({ parameters, items: [{ orderNumber }] });
		const second = await env.run({ parameters, items: [{ orderNumber }] });
		expect(keysOf(first.requests)).toEqual([`shop-${orderNumber}`]);
		expect(keysOf(second.requests)).toEqual([`shop-${orderNumber}`]);
		expect(second.items[0].json.idempotency).toEqual({
			key: `shop-${orderNumber}`,
			replayed: true,
		});
		expect(ordersNamed(orderNumber)).toBe(1);
	});

	it('the same user key with another body is refused by Flexport, and the error says so', async () => {
		const parameters = createOrder({ options: { idempotencyKey: `shared-key-${++counter}` } });
		await env.run({ parameters, items: [{ orderNumber: `A-${counter}` }] });
		const { error } = await env.run({ parameters, items: [{ orderNumber: `B-${counter}` }] });
		expect(error?.message).toMatch(/HTTP 422 .*already used with a different request body/);
	});
});
