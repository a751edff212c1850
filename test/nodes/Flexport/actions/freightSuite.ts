/**
 * Checks every resource's "Get" / "Get Many" pair shares: the request the simulator saw, the
 * output and its pairing, Limit, Return All, a bad ID that never leaves n8n, and Continue On Fail.
 * Used by the test of every resource that has a list.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { IdKind } from '../../../../nodes/Flexport/objects';
import type { SimulatedRequest, SimulatorEnv } from '../../../harness/simulatorFixture';

export function expectAccepted(requests: SimulatedRequest[]): void {
	expect(requests.length).toBeGreaterThan(0);
	for (const request of requests) {
		expect(request.validationErrors).toEqual([]);
		expect(request.status).toBeGreaterThanOrEqual(200);
		expect(request.status).toBeLessThan(300);
	}
}

/** The first record of a list, to learn a seeded ID instead of guessing one. */
export async function firstRecord(
	env: SimulatorEnv,
	resource: string,
	parameters: IDataObject = {},
): Promise<IDataObject> {
	const { items, error } = await env.run({
		parameters: { resource, operation: 'getAll', limit: 1, simplify: false, ...parameters },
	});
	expect(error).toBeUndefined();
	expect(items).toHaveLength(1);
	return items[0].json;
}

/** Limit gives exactly that many records; Return All at least `atLeast`, each once. */
export async function expectLimitAndReturnAll(
	env: SimulatorEnv,
	resource: string,
	limit: number,
	atLeast: number,
	limitParameters: IDataObject = {},
): Promise<{ limited: INodeExecutionData[]; all: INodeExecutionData[] }> {
	const limited = await env.run({
		parameters: { resource, operation: 'getAll', limit, ...limitParameters },
	});
	expect(limited.items).toHaveLength(limit);
	const all = await env.run({ parameters: { resource, operation: 'getAll', returnAll: true } });
	expect(all.items.length).toBeGreaterThanOrEqual(atLeast);
	expect(new Set(all.items.map((item) => item.json.id)).size).toBe(all.items.length);
	return { limited: limited.items, all: all.items };
}

/** The Shipment ID filter of a list is sent as f.shipment.id and accepted by the spec. */
export async function expectShipmentFilter(env: SimulatorEnv, resource: string): Promise<void> {
	const shipment = await firstRecord(env, 'shipment');
	const byShipment = await env.run({
		parameters: {
			resource,
			operation: 'getAll',
			limit: 5,
			filters: { shipmentId: String(shipment.id) },
		},
	});
	expectAccepted(byShipment.requests);
	expect(byShipment.requests[0].query['f.shipment.id']).toBe(String(shipment.id));
}

/** Bad input fails with a message naming the field and item, and nothing reaches Flexport. */
export async function expectRefusedBeforeSending(
	env: SimulatorEnv,
	run: Parameters<SimulatorEnv['run']>[0],
	message: RegExp,
): Promise<void> {
	const { error, requests } = await env.run(run);
	expect(error?.message).toMatch(message);
	expect(requests).toHaveLength(0);
}

export interface SuiteOptions {
	resource: string;
	path: string;
	operationIds: { get?: string; getAll: string };
	/** Get's ID parameter; `locator` wraps it as a resource locator. */
	idParameter?: string;
	idLabel?: string;
	locator?: boolean;
	/** The `_object` of a raw record. */
	objectType: string;
	/** The `_object` of list records where Flexport spells it differently (shipments: `/shipments`). */
	listObjectType?: string;
	/** Numeric (the default) or string IDs (network objects, invoices, documents). */
	idKind?: IdKind;
	/** Whether the simulator holds more than one page (100) of records. */
	multiPage: boolean;
}

const BAD_ID_MESSAGES: Record<IdKind, string> = {
	numeric: 'must be a numeric Flexport ID',
	token: 'must be a Flexport ID (letters, digits, - and _)',
};

export function freightSuite(env: SimulatorEnv, options: SuiteOptions): void {
	const { resource, path } = options;
	const idValue = (value: string) => (options.locator ? { __rl: true, mode: 'id', value } : value);

	if (options.idParameter) {
		const idParameter = options.idParameter;
		describe('get (shared checks)', () => {
			it('gets one record by ID, simplified, paired with its item', async () => {
				const seeded = await firstRecord(env, resource);
				const { items, requests, error } = await env.run({
					parameters: { resource, operation: 'get', [idParameter]: idValue(String(seeded.id)) },
					items: [{ n: 1 }],
				});
				expect(error).toBeUndefined();
				expectAccepted(requests);
				expect(requests).toHaveLength(1);
				expect(requests[0]).toMatchObject({
					method: 'GET',
					path: `${path}/${String(seeded.id)}`,
					operationId: options.operationIds.get,
					query: {},
				});
				expect(requests[0].body).toBeFalsy();
				expect(items).toHaveLength(1);
				expect(items[0].json.id).toBe(seeded.id);
				expect(items[0].json._object).toBeUndefined();
				expect(items[0].pairedItem).toEqual({ item: 0 });
			});

			it('returns the raw object when Simplify is off', async () => {
				const seeded = await firstRecord(env, resource);
				const { items } = await env.run({
					parameters: {
						resource,
						operation: 'get',
						[idParameter]: idValue(String(seeded.id)),
						simplify: false,
					},
				});
				expect(items[0].json._object).toBe(options.objectType);
				// A list record is a summary of the same object (shipments leave out their items and
				// spell `_object` /shipments): every field it has, the object has with the same value.
				expect(items[0].json).toMatchObject({ ...seeded, _object: options.objectType });
			});

			it('rejects an ID that is not a Flexport ID before sending anything, naming the field and item', async () => {
				const { error, requests } = await env.run({
					parameters: { resource, operation: 'get', [idParameter]: idValue('={{ $json.id }}') },
					items: [{ id: '1/../../oauth/token' }],
				});
				expect(error?.message).toContain(
					`"${options.idLabel}" ${BAD_ID_MESSAGES[options.idKind ?? 'numeric']}`,
				);
				expect(error?.message).toContain('[item 0]');
				expect(requests).toHaveLength(0);
			});

			it('with Continue On Fail, outputs a 404 as an error item paired with its input and carries on', async () => {
				const seeded = await firstRecord(env, resource);
				const { items, error, requests } = await env.run({
					parameters: { resource, operation: 'get', [idParameter]: idValue('={{ $json.id }}') },
					items: [{ id: 999999999 }, { id: seeded.id }],
					continueOnFail: true,
				});
				expect(error).toBeUndefined();
				expect(requests.map((request) => request.status)).toEqual([404, 200]);
				expect(items).toHaveLength(2);
				expect(items[0].json.error).toContain(
					`Flexport answered HTTP 404 to GET ${path}/999999999`,
				);
				expect(items[0].pairedItem).toEqual({ item: 0 });
				expect(items[1].json.id).toBe(seeded.id);
				expect(items[1].pairedItem).toEqual({ item: 1 });
			});
		});
	}

	describe('getAll (shared checks)', () => {
		it('returns up to Limit records, asking for one page of that size', async () => {
			const { items, requests, error } = await env.run({
				parameters: { resource, operation: 'getAll', limit: 3 },
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(requests).toHaveLength(1);
			expect(requests[0]).toMatchObject({
				method: 'GET',
				path,
				operationId: options.operationIds.getAll,
				query: { page: '1', per: '3' },
			});
			expect(items).toHaveLength(3);
			expect(
				items.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0),
			).toBe(true);
		});

		it('Return All reads every page and outputs each record once', async () => {
			const { items, requests } = await env.run({
				parameters: { resource, operation: 'getAll', returnAll: true, simplify: false },
			});
			expectAccepted(requests);
			expect(requests[0].query).toMatchObject({ page: '1', per: '100' });
			expect(requests.length).toBe(Math.max(1, Math.ceil(items.length / 100)));
			if (options.multiPage) {
				expect(requests.length).toBeGreaterThan(1);
				expect(requests[1].query.page).toBe('2');
			}
			const ids = items.map((item) => JSON.stringify(item.json.id ?? item.json.name));
			expect(new Set(ids).size).toBe(ids.length);
			expect(items.length).toBeGreaterThan(3);
			const listObjectType = options.listObjectType ?? options.objectType;
			expect(items.every((item) => item.json._object === listObjectType)).toBe(true);
		});

		it('rejects a bad Limit before sending', async () => {
			const { error, requests } = await env.run({
				parameters: { resource, operation: 'getAll', limit: '={{ "many" }}' },
			});
			expect(error?.message).toMatch(/"Limit" must be a number.*\[item 0\]/);
			expect(requests).toHaveLength(0);
		});
	});
}
