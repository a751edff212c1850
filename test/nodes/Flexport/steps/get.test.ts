/**
 * Get and Get Many with the simulator's realistic shipments: optional parties are often empty
 * lists, parties are embedded /company_entity objects (not refs), and a list answers summaries.
 */
import type { IDataObject } from 'n8n-workflow';

import { useSimulator } from '../../../harness/simulatorFixture';

interface Db {
	shipments: { all(): IDataObject[] };
}

const PARTY_FIELDS = ['buyers', 'sellers', 'importers_of_record'];

describe('Simplify with real record shapes (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	const shipments = () => (env.sim.db as Db).shipments.all();
	const get = async (id: unknown) =>
		(
			await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: { __rl: true, mode: 'id', value: String(id) },
				},
			})
		).items[0].json;

	it('gives a shipment with empty party lists the same field names as one with parties', async () => {
		const empty = shipments().find((shipment) => (shipment.buyers as unknown[]).length === 0)!;
		const full = shipments().find((shipment) => (shipment.buyers as unknown[]).length > 0)!;
		const [withoutParties, withParties] = [await get(empty.id), await get(full.id)];
		for (const field of PARTY_FIELDS) {
			expect(withoutParties).toHaveProperty(field);
			expect(withParties).toHaveProperty(field);
			expect(withoutParties).not.toHaveProperty(`${field}_ids`);
			expect(withParties).not.toHaveProperty(`${field}_ids`);
		}
		expect(withoutParties.buyers).toEqual([]);
		expect((withParties.buyers as IDataObject[])[0]).toMatchObject({ _object: '/company_entity' });
		expect(Object.keys(withoutParties).sort()).toEqual(Object.keys(withParties).sort());
	});

	it('renames only real refs: booking → booking_id, collection refs dropped, nested refs kept in place', async () => {
		const booked = shipments().find((shipment) => shipment.booking !== null)!;
		const json = await get(booked.id);
		expect(json.booking_id).toBe((booked.booking as IDataObject).id);
		expect(json).not.toHaveProperty('booking');
		expect(json).not.toHaveProperty('legs');
		expect(json).not.toHaveProperty('legs_ids');
	});

	it('Get Many answers summaries (no items) while Get has the items; Simplify names both alike', async () => {
		const { items } = await env.run({
			parameters: { resource: 'shipment', operation: 'getAll', limit: 5 },
		});
		expect(items).toHaveLength(5);
		for (const item of items) {
			expect(item.json).not.toHaveProperty('items');
			expect(item.json).toHaveProperty('buyers');
			expect(item.json).not.toHaveProperty('buyers_ids');
		}
		const single = await get(items[0].json.id);
		expect(Array.isArray(single.items)).toBe(true);
		expect(single).toMatchObject({ ...items[0].json });
	});
});
