'use strict';

// Proves OpenAPI request validation over real HTTP: filters, query
// parameters, ids and JSON bodies, and a valid booking being stored.

const { useSharedSimulator, call, callJson, bookingBody } = require('./test-client');

describe('Flexport simulator', () => {
	let sim;
	useSharedSimulator((started) => {
		sim = started;
	});

	describe('OpenAPI request validation', () => {
		it('rejects a bad enum value in a filter and logs the problem', async () => {
			const { status, json } = await callJson(sim, '/bookings?f.status=shipped');
			expect(status).toBe(400);
			expect(json.error).toMatchObject({ status: 400, code: 'validation_error' });
			expect(json.error.message).toContain('f.status');
			expect(sim.requests[0].validationErrors).toEqual([
				expect.stringContaining('must be one of booked, submitted'),
			]);
			expect(sim.stats().validationFailures).toBe(1);
		});

		it('rejects unknown query parameters, bad page sizes and non-integer ids', async () => {
			expect((await callJson(sim, '/shipments?f.transport_mode=ocean')).json.error.message).toMatch(
				/unknown query parameter/,
			);
			expect((await call(sim, '/shipments?per=101')).status).toBe(400);
			expect((await call(sim, '/products?page=0')).status).toBe(400);
			expect((await call(sim, '/shipments?f.updated_at.gt=yesterday')).status).toBe(400);
			expect((await call(sim, '/purchase_orders/PO-1')).status).toBe(400);
			expect((await call(sim, '/shipments?f.metadata.PO=PO-24001')).status).toBe(200);
			expect(
				(await call(sim, '/shipments?f.statuses.any=arrival_port,final_destination')).status,
			).toBe(200);
			expect((await call(sim, '/shipments?f.statuses.any=arrival_port,docked')).status).toBe(400);
		});

		it('rejects unknown body properties and missing required fields', async () => {
			const unknown = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { wants_export_customs: true }),
			});
			expect(unknown.status).toBe(400);
			expect(unknown.json.error.message).toContain('body.wants_export_customs: unknown property');

			const { cargo, ...withoutCargo } = bookingBody(sim);
			const missing = await callJson(sim, '/bookings', { method: 'POST', body: withoutCargo });
			expect(missing.status).toBe(400);
			expect(missing.json.error.message).toContain('body.cargo: is required');
			expect(cargo).toBeDefined();

			const nested = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { cargo: { weight: { value: '12', unit: 'tonnes' } } }),
			});
			expect(nested.status).toBe(400);
			expect(nested.json.error.message).toContain('body.cargo.weight.value: must be number');

			const notJson = await call(sim, '/bookings', {
				method: 'POST',
				body: JSON.stringify(bookingBody(sim)),
				headers: { 'content-type': 'text/plain' },
			});
			expect(notJson.status).toBe(400);
			expect(sim.stats().validationFailures).toBe(4);
		});

		it('accepts a valid POST /bookings and stores the booking', async () => {
			const created = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { wants_export_customs_service: true, metadata: { PO: ['4711'] } }),
			});
			expect(created.status).toBe(200);
			expect(sim.requests[0].validationErrors).toEqual([]);
			expect(created.json.data).toMatchObject({
				_object: '/booking',
				name: 'Simulator test booking',
				status: 'submitted',
				transportation_mode: 'ocean',
				shipper_entity: { ref: sim.fixtures.shipperEntityRef },
				consignee_entity: { ref: sim.fixtures.ownEntityRef },
				ocean_booking: { incoterm: 'FOB', origin_port: { address: { unlocode: 'CNYTN' } } },
			});
			const fetched = await callJson(sim, `/bookings/${created.json.data.id}`);
			expect(fetched.json.data.metadata).toEqual({ PO: ['4711'] });
			// Business rule on top of the schema: refs must exist in the network.
			const unknownRef = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { shipper_entity_ref: 'nobody' }),
			});
			expect(unknownRef.status).toBe(400);
			expect(unknownRef.json.error.message).toContain('shipper_entity_ref');
		});
	});
});
