'use strict';

// The seeded records against the OpenAPI schemas they stand for (seed-schema.js): every property
// the schema declares is there, nothing it does not know (apart from fields the current pages
// document, spec/flexport-api-versions.md), and values have the schema's types, one level down.

const { startSimulator } = require('./index');
const { loadSpec } = require('./openapi');
const { conformance, fromSchema } = require('./seed-schema');

const SCHEMAS = {
	shipments: ['Shipment', ['booking']],
	legs: ['ShipmentLeg', ['deleted_at']],
	containers: ['ShipmentContainer', []],
	// The 2020 schema forgets the id its own examples and the show path use.
	containerLegs: ['OceanShipmentContainerLeg', ['id']],
	bookings: ['Booking', []],
	bookingLineItems: ['BookingLineItem', []],
	purchaseOrders: ['PurchaseOrder', []],
	poLineItems: ['PurchaseOrderLineItem', []],
	products: ['Product', []],
	companyEntities: ['CompanyEntity', []],
	invoices: ['Invoice', []],
	commercialInvoices: ['CommercialInvoice', []],
	customsEntries: ['CustomsEntry', []],
	documents: ['Document', []],
};

describe('seeded records and the schemas they stand for', () => {
	let sim;
	const schemas = loadSpec().doc.components.schemas;
	beforeAll(async () => {
		sim = await startSimulator({ port: 0, quiet: true });
	});
	afterAll(async () => {
		await sim.close();
	});

	it.each(Object.entries(SCHEMAS))('%s conform to %s', (collection, [schema, extras]) => {
		const records = sim.db[collection].all();
		expect(records.length).toBeGreaterThan(0);
		const problems = new Set();
		for (const record of records)
			for (const problem of conformance(schemas, schema, record, extras)) problems.add(problem);
		expect([...problems]).toEqual([]);
	});

	it('shipments look like real ones: empty party lists, embedded entities, nested container refs, nulls', () => {
		const shipments = sim.db.shipments.all();
		const some = (predicate) => shipments.some(predicate);
		expect(some((shipment) => shipment.buyers.length === 0)).toBe(true);
		expect(some((shipment) => shipment.importers_of_record.length === 0)).toBe(true);
		expect(
			some((shipment) => shipment.buyers[0] && shipment.buyers[0]._object === '/company_entity'),
		).toBe(true);
		const ocean = shipments.filter((shipment) => shipment.transportation_mode === 'ocean');
		expect(
			ocean.every(
				(shipment) =>
					shipment.ocean_shipment.containers._object === '/api/refs/collection' &&
					shipment.ocean_shipment.containers.link.endsWith(
						`/ocean/shipment_containers?f.shipment.id=${shipment.id}`,
					),
			),
		).toBe(true);
		expect(some((shipment) => shipment.air_shipment === null && shipment.booking === null)).toBe(
			true,
		);
	});

	it('fromSchema fills every declared property and refuses unknown ones unless the schema is open', () => {
		expect(fromSchema(schemas, 'V3_TrackingResult', { flex_id: 'FLEX-1' })).toEqual({
			_object: null,
			flex_id: 'FLEX-1',
			booking_fid: null,
			proposal_fid: null,
		});
		expect(fromSchema(schemas, 'CustomsEntry', {})).toMatchObject({
			_object: '/customs_entry',
			id: null,
		});
		expect(() => fromSchema(schemas, 'CustomsEntry', { nope: 1 })).toThrow(
			/nope not in the schema/,
		);
	});
});
