/**
 * Faults at volume: 1,000 "Create order" items in one node run while the simulator fails 10 % of
 * the Logistics requests — 5xx answers, connection resets and hangs longer than the node's Timeout,
 * half of them after the order was created (test/simulator/logistics/fixtures.js, randomFailures).
 * Only the idempotency-key replay (docs/logistics.md, "Idempotency") can then keep an order from
 * being created twice or lost.
 */
import type { IDataObject, IPairedItemData } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../harness/logisticsFixture';

const ITEMS = 1000;
const FAILING_FRACTION = 0.1;
/**
 * The node gives up on a request after this; the simulator's hangs last longer. Long enough that a
 * request slowed down by a loaded machine is not taken for a hang.
 */
const TIMEOUT_SECONDS = 5;
const HANG_MS = 8000;

describe('Logistics faults at volume', () => {
	const env = useLogisticsSimulator();

	it(`${ITEMS} create-order items with ${FAILING_FRACTION * 100} % injected failures: every order once`, async () => {
		const sku = String(env.logistics.fixtures.logisticsSku);
		const input = Array.from({ length: ITEMS }, (_, index) => ({
			orderNumber: `FAULTS-${String(index).padStart(4, '0')}`,
		}));
		// test/simulator/logistics/index.js; the harness's LogisticsSim type does not list it.
		const sim = env.logistics as typeof env.logistics & {
			injectRandomFailures(spread: IDataObject): void;
		};
		sim.injectRandomFailures({
			fraction: FAILING_FRACTION,
			after: 0.5,
			hangMs: HANG_MS,
			pathFilter: '/logistics/api/2024-07/orders',
		});

		const started = Date.now();
		const { items, error, requests } = await env.run({
			parameters: {
				resource: 'order',
				operation: 'create',
				externalOrderId: '={{ $json.orderNumber }}',
				shippingAddress: {
					address: {
						name: 'Jane Doe',
						address1: '123 Main St',
						city: 'Atlanta',
						provinceCode: 'GA',
						zip: '30318',
						countryCode: 'US',
					},
				},
				lineItems: { item: [{ logisticsSku: sku, quantity: 1 }] },
				requestOptions: { parallelRequests: 50, timeoutSeconds: TIMEOUT_SECONDS },
			},
			items: input,
		});
		const seconds = (Date.now() - started) / 1000;
		env.logistics.clearFaults();

		expect(error).toBeUndefined();
		const faults = env.logistics.stats().faults as Record<string, number>;
		const count = (kind: string) => (faults[kind] ?? 0) + (faults[`${kind}-after`] ?? 0);
		const injected = count('status5xx') + count('connectionReset') + count('hang');
		const afterWork = ['status5xx', 'connectionReset', 'hang'].reduce(
			(sum, kind) => sum + (faults[`${kind}-after`] ?? 0),
			0,
		);
		// The faults really struck, every kind, some after the order existed.
		expect(count('status5xx')).toBeGreaterThan(0);
		expect(count('connectionReset')).toBeGreaterThan(0);
		expect(count('hang')).toBeGreaterThan(0);
		expect(afterWork).toBeGreaterThan(0);
		// Each fault cost the item one more request.
		expect(requests.length).toBeGreaterThanOrEqual(ITEMS + injected);

		const stats = env.logistics.orderStats();
		expect(stats).toMatchObject({
			created: ITEMS,
			distinctExternalOrderIds: ITEMS,
			duplicateOrders: 0,
		});
		// One output item per input item, in order, paired, each the order of its own number.
		expect(items).toHaveLength(ITEMS);
		const lost = items.filter(
			(item, index) =>
				item.json.externalOrderId !== input[index].orderNumber ||
				(item.pairedItem as IPairedItemData).item !== index ||
				typeof item.json.id !== 'string',
		);
		expect(lost).toEqual([]);
		const replayed = items.filter(
			(item) => (item.json.idempotency as IDataObject).replayed === true,
		).length;
		// Every answer lost after the order was created came back as a replay, not a second order.
		expect(replayed).toBeGreaterThan(0);

		// eslint-disable-next-line no-console
		console.log(
			`Faults (Logistics): ${ITEMS} create-order items with ${FAILING_FRACTION * 100} % injected failures -> ` +
				`${stats.created} orders exist, ${stats.duplicateOrders} duplicates, ${lost.length} lost items ` +
				`(${stats.distinctExternalOrderIds} distinct external order IDs; ${items.length} output items, ${replayed} of them idempotent replays; ` +
				`${injected} faults injected in ${requests.length} requests: ${count('status5xx')} 5xx, ${count('connectionReset')} resets, ${count('hang')} timeouts, ${afterWork} after the order was created; ${seconds.toFixed(1)} s)`,
		);
	}, 120_000);
});
