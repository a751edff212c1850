import type { IDataObject } from 'n8n-workflow';

import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, expectShipmentFilter, firstRecord, freightSuite } from '../freightSuite';

// Refs from the simulator's seeded network (test/simulator/reference-data.js).
const REFS = {
	shipperEntityRef: 'brightway_electronics',
	consigneeEntityRef: 'sim_imports_us',
	originAddressRef: 'brightway_electronics_factory',
	destinationAddressRef: 'warehouse_us_la',
};

const CARGO = {
	weight: { value: 1200, unit: 'kg' },
	volume: { value: 12.5, unit: 'cbm' },
	shipping_units: [{ name: 'Lamps', count: 40, unit_type: 'carton' }],
};

const createParameters = (overrides: IDataObject = {}): IDataObject => ({
	resource: 'booking',
	operation: 'create',
	name: 'Spring lamps',
	...REFS,
	cargoReadyDate: '2030-03-01T00:00:00.000Z',
	cargo: JSON.stringify(CARGO),
	mode: 'ocean',
	incoterm: 'FOB',
	productDescriptions:
		'[{"description": "Desk lamps", "hs_code": "9405.20", "description_for_export_customs": "台灯", "description_for_export_customs_locale": "zh_CN"}]',
	wantsPickupService: true,
	isLcl: false,
	containerCounts: { forty_ft_hc: 2, twenty_ft: 1 },
	...overrides,
});

describe('Booking (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'booking',
		path: '/bookings',
		operationIds: { get: 'booking_show', getAll: 'bookings_index' },
		idParameter: 'bookingId',
		idLabel: 'Booking',
		locator: true,
		objectType: '/booking',
		multiPage: false, // the simulator seeds 60
	});

	describe('getAll', () => {
		it('sends status, date range, entity and sort filters, and Flexport applies them', async () => {
			const { items, requests } = await env.run({
				parameters: {
					resource: 'booking',
					operation: 'getAll',
					returnAll: true,
					filters: {
						status: 'booked',
						consigneeEntityRef: 'sim_imports_us',
						cargoReadyOnOrAfter: '2000-01-01',
						cargoReadyBefore: '2100-01-01T10:00:00Z',
						createdAfter: '2000-01-01T00:00:00Z',
						createdAtOrBefore: '2100-01-01T00:00:00Z',
					},
					sort: { sort: 'cargo_ready_date', direction: 'asc' },
				},
			});
			expectAccepted(requests);
			expect(requests[0].query).toEqual({
				'f.status': 'booked',
				'f.consignee_entity_ref': 'sim_imports_us',
				'f.cargo_ready_date.gte': '2000-01-01',
				'f.cargo_ready_date.lt': '2100-01-01',
				'f.created_at.gt': '2000-01-01T00:00:00.000Z',
				'f.created_at.lte': '2100-01-01T00:00:00.000Z',
				sort: 'cargo_ready_date',
				direction: 'asc',
				page: '1',
				per: '100',
			});
			expect(items.length).toBeGreaterThan(1);
			const dates = items.map((item) => item.json.cargo_ready_date as string);
			expect(dates).toEqual([...dates].sort());
			expect(items.every((item) => item.json.status === 'booked')).toBe(true);
		});

		it('filters by exact cargo ready date, shipper, shipment and metadata', async () => {
			const booking = await firstRecord(env, 'booking', { filters: { status: 'booked' } });
			const shipper = booking.shipper_entity as { ref: string };
			const metadata = booking.metadata as Record<string, string[]>;
			const [key] = Object.keys(metadata);
			const { items, requests } = await env.run({
				parameters: {
					resource: 'booking',
					operation: 'getAll',
					limit: 10,
					filters: {
						cargoReadyDate: booking.cargo_ready_date,
						shipperEntityRef: shipper.ref,
						metadata: { tag: [{ key, value: metadata[key][0] }] },
					},
				},
			});
			expectAccepted(requests);
			expect(requests[0].query).toMatchObject({
				'f.cargo_ready_date': booking.cargo_ready_date,
				'f.shipper_entity_ref': shipper.ref,
				[`f.metadata.${key}`]: metadata[key][0],
			});
			expect(items.map((item) => item.json.id)).toContain(booking.id);

			await expectShipmentFilter(env, 'booking');
		});
	});

	describe('create', () => {
		it('submits an ocean booking built from the fields, with a body the spec accepts', async () => {
			const { items, requests, error } = await env.run({
				parameters: createParameters({
					oceanOptions: {
						wants_delivery_service: true,
						origin_port_loc_code: 'CNYTN',
						destination_port_us_cbp_port_code: '2704',
					},
					additionalFields: {
						deliveryDate: '2030-04-15',
						notifyParty: 'Jane Doe, jane@example.com',
						wantsExportCustomsService: true,
						specialInstructions: 'Keep dry',
						metadata: '{"PO": "PO-1", "team": ["blue", "red"]}',
					},
				}),
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(requests).toHaveLength(1);
			expect(requests[0]).toMatchObject({
				method: 'POST',
				path: '/bookings',
				operationId: 'booking_create',
			});
			expect(requests[0].body).toEqual({
				name: 'Spring lamps',
				shipper_entity_ref: REFS.shipperEntityRef,
				consignee_entity_ref: REFS.consigneeEntityRef,
				origin_address_ref: REFS.originAddressRef,
				destination_address_ref: REFS.destinationAddressRef,
				cargo_ready_date: '2030-03-01',
				cargo: CARGO,
				ocean_booking: {
					incoterm: 'FOB',
					product_descriptions: [
						{
							description: 'Desk lamps',
							hs_code: '9405.20',
							description_for_export_customs: '台灯',
							description_for_export_customs_locale: 'zh_CN',
						},
					],
					wants_pickup_service: true,
					is_lcl: false,
					container_counts: { twenty_ft: 1, forty_ft_hc: 2 },
					wants_delivery_service: true,
					origin_port_loc_code: 'CNYTN',
					destination_port_us_cbp_port_code: '2704',
				},
				delivery_date: '2030-04-15',
				notify_party: 'Jane Doe, jane@example.com',
				special_instructions: 'Keep dry',
				wants_export_customs_service: true,
				metadata: { PO: ['PO-1'], team: ['blue', 'red'] },
			});
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				name: 'Spring lamps',
				transportation_mode: 'ocean',
				status: 'submitted',
				cargo_ready_date: '2030-03-01',
			});
			expect(items[0].json._object).toBeUndefined();
			expect(items[0].pairedItem).toEqual({ item: 0 });

			// The new booking can be read back.
			const readBack = await env.run({
				parameters: {
					resource: 'booking',
					operation: 'get',
					bookingId: { __rl: true, mode: 'id', value: String(items[0].json.id) },
				},
			});
			expect(readBack.items[0].json.name).toBe('Spring lamps');
		});

		it('submits an air booking with airport codes', async () => {
			const { items, requests } = await env.run({
				parameters: createParameters({
					mode: 'air',
					incoterm: 'EXW',
					airOptions: { origin_port_iata_code: 'PVG', destination_port_icao_code: 'KLAX' },
					simplify: false,
				}),
			});
			expectAccepted(requests);
			const body = requests[0].body as IDataObject;
			expect(body.air_booking).toEqual({
				incoterm: 'EXW',
				product_descriptions: [
					{
						description: 'Desk lamps',
						hs_code: '9405.20',
						description_for_export_customs: '台灯',
						description_for_export_customs_locale: 'zh_CN',
					},
				],
				wants_pickup_service: true,
				origin_port_iata_code: 'PVG',
				destination_port_icao_code: 'KLAX',
			});
			expect(body.ocean_booking).toBeUndefined();
			expect(items[0].json).toMatchObject({ _object: '/booking', transportation_mode: 'air' });
		});

		it('submits a trucking booking', async () => {
			const { items, requests } = await env.run({
				parameters: createParameters({
					mode: 'trucking',
					isLtl: true,
					paymentTerms: 'collect',
					truckingOptions: { description_of_products: 'Lamps' },
				}),
			});
			expectAccepted(requests);
			expect((requests[0].body as IDataObject).trucking_booking).toEqual({
				is_ltl: true,
				payment_terms: 'collect',
				description_of_products: 'Lamps',
			});
			expect(items[0].json.transportation_mode).toBe('truck');
		});

		it.each([
			[{ cargo: '{"weight": ' }, /"Cargo \(JSON\)" is not valid JSON.*\[item 0\]/],
			[
				{ productDescriptions: '[{"description": "Lamps"}]' },
				/"Product Descriptions \(JSON\)": entry 1 needs "hs_code" as text \[item 0\]/,
			],
			[
				{ productDescriptions: '[{"description": "Lamps", "hs_code": "9405", "color": "red"}]' },
				/entry 1 has unknown key "color".*\[item 0\]/,
			],
			[{ cargoReadyDate: 'soon' }, /"Cargo Ready Date" must be a date.*\[item 0\]/],
			[{ shipperEntityRef: '  ' }, /"Shipper Entity Ref" is required \[item 0\]/],
			[
				{ containerCounts: { twenty_ft: -1 } },
				/"Container Counts → 20ft Containers" must be at least 0 \[item 0\]/,
			],
			[
				{ additionalFields: { deliveryDate: '2030-02-01' } },
				/"Additional Fields → Delivery Date" must not be before "Cargo Ready Date" \[item 0\]/,
			],
		])('rejects bad input %j before sending', async (overrides, message) => {
			const { error, requests } = await env.run({
				parameters: createParameters(overrides as IDataObject),
			});
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		});

		it('with Continue On Fail, a booking Flexport rejects becomes an error item and the next item still runs', async () => {
			const { items, error, requests } = await env.run({
				parameters: createParameters({ originAddressRef: '={{ $json.origin }}' }),
				items: [{ origin: 'no_such_location' }, { origin: REFS.originAddressRef }],
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(requests.map((request) => request.status)).toEqual([400, 200]);
			// The simulator lists the business-rule rejection among validationErrors; the schema itself was met.
			expect(requests.map((request) => request.validationErrors)).toEqual([
				['origin_address_ref "no_such_location" does not match a location in your network'],
				[],
			]);
			expect(items[0].json.error).toMatch(
				/Flexport answered HTTP 400 to POST \/bookings.*origin_address_ref/,
			);
			expect(items[0].pairedItem).toEqual({ item: 0 });
			expect(items[1].json.name).toBe('Spring lamps');
			expect(items[1].pairedItem).toEqual({ item: 1 });
		});
	});
});
