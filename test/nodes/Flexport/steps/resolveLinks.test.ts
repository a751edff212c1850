/**
 * Resolve Links with the simulator's realistic records: an ocean shipment's containers are a
 * collection ref nested at ocean_shipment.containers (the 2020 OceanShipmentDetail schema).
 */
import type { IDataObject } from 'n8n-workflow';

import { useSimulator } from '../../../harness/simulatorFixture';
import { expectAccepted } from '../actions/freightSuite';

interface Db {
	shipments: { all(): IDataObject[] };
	containers: { all(): Array<IDataObject & { shipment: { id: number } }> };
}

describe('Resolve Links (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	/** An ocean shipment with containers, and the numbers of those containers. */
	const oceanShipment = () => {
		const db = env.sim.db as Db;
		const shipment = db.shipments
			.all()
			.find((candidate) =>
				db.containers.all().some((container) => container.shipment.id === candidate.id),
			)!;
		const numbers = db.containers
			.all()
			.filter((container) => container.shipment.id === shipment.id)
			.map((container) => container.container_number);
		return { id: String(shipment.id), numbers };
	};
	const get = (id: string, options: IDataObject) =>
		env.run({
			parameters: {
				resource: 'shipment',
				operation: 'get',
				shipmentId: { __rl: true, mode: 'id', value: id },
				options,
			},
		});

	it.each([
		['the field name', { resolveLinks: ['containers'] }],
		['the path', { resolveLinks: ['ocean_shipment.containers'] }],
		['the path as free text', { resolveLinkPaths: 'ocean_shipment.containers' }],
		['the text of an older workflow', { resolveLinks: 'containers' }],
	])('fetches the containers of an ocean shipment by %s', async (_how, options) => {
		const { id, numbers } = oceanShipment();
		const { items, requests, error } = await get(id, options);
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests.map((request) => request.path)).toEqual([
			`/shipments/${id}`,
			'/ocean/shipment_containers',
		]);
		expect(requests[1]).toMatchObject({
			operationId: 'container_list',
			query: { 'f.shipment.id': id, per: '100' },
		});
		const containers = (items[0].json.ocean_shipment as IDataObject).containers as IDataObject[];
		expect(containers.map((container) => container.container_number)).toEqual(
			expect.arrayContaining(numbers),
		);
		expect(containers.every((container) => container._object === '/ocean/shipment_container')).toBe(
			true,
		);
		expect((items[0].json.legs as IDataObject)._object).toBe('/api/refs/collection');
	});

	it('* resolves every link of the shipment, nested ones included, one request each', async () => {
		const { id } = oceanShipment();
		const { items, requests } = await get(id, { resolveLinks: ['*'] });
		expectAccepted(requests);
		const paths = requests.slice(1).map((request) => request.path);
		expect(paths).toEqual(
			expect.arrayContaining([
				'/shipment_legs',
				'/customs_entries',
				'/commercial_invoices',
				'/documents',
				'/ocean/shipment_containers',
			]),
		);
		// Lists are read with an explicit page size; an object link is one GET of that object.
		const lists = requests.slice(1).filter((request) => !/\/\d+$/.test(request.path));
		expect(lists.length).toBeGreaterThanOrEqual(5);
		expect(lists.every((request) => request.query.per === '100')).toBe(true);
		const json = items[0].json;
		expect(Array.isArray(json.legs)).toBe(true);
		expect(Array.isArray((json.ocean_shipment as IDataObject).containers)).toBe(true);
		const booking = json.booking as IDataObject | null;
		if (booking) expect(booking._object).toBe('/booking');
	});

	it('leaves the links it was not asked for, and rejects a bad path before sending anything', async () => {
		const { id } = oceanShipment();
		const legsOnly = await get(id, { resolveLinks: ['legs'] });
		expect(legsOnly.requests.map((request) => request.path)).toEqual([
			`/shipments/${id}`,
			'/shipment_legs',
		]);
		expect(
			((legsOnly.items[0].json.ocean_shipment as IDataObject).containers as IDataObject)._object,
		).toBe('/api/refs/collection');

		const bad = await get(id, { resolveLinkPaths: 'ocean_shipment/../containers' });
		expect(bad.error?.message).toMatch(
			/^"Options → Other Link Fields": "ocean_shipment\/\.\.\/containers" is not a field name or path.*\[item 0\]$/,
		);
		expect(bad.requests).toHaveLength(0);
	});

	it('resolves the nested container legs of a leg, and a single-object link', async () => {
		const shipment = oceanShipment();
		const legs = await env.run({
			parameters: {
				resource: 'shipmentLeg',
				operation: 'getAll',
				filters: { shipmentId: shipment.id, transportationMode: 'ocean' },
				limit: 1,
				simplify: false,
			},
		});
		const leg = legs.items[0].json;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'shipmentLeg',
				operation: 'get',
				shipmentLegId: String(leg.id),
				options: { resolveLinks: ['ocean_leg.container_legs', 'shipment'] },
			},
		});
		expectAccepted(requests);
		expect(requests.map((request) => request.path).sort()).toEqual(
			[
				`/shipment_legs/${String(leg.id)}`,
				'/ocean/shipment_container_legs',
				`/shipments/${shipment.id}`,
			].sort(),
		);
		expect((items[0].json.shipment as IDataObject).id).toBe(Number(shipment.id));
		expect(Array.isArray((items[0].json.ocean_leg as IDataObject).container_legs)).toBe(true);
	});
});
