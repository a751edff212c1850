import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord } from '../freightSuite';

describe('Booking Amendment (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	it('requests changes to a booking with a POST the spec accepts', async () => {
		const booking = await firstRecord(env, 'booking');
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'bookingAmendment',
				operation: 'create',
				bookingId: {
					__rl: true,
					mode: 'url',
					value: `https://app.flexport.com/bookings/${String(booking.id)}`,
				},
				updateFields: {
					new_name: 'Renamed booking',
					new_twenty_ft: 2,
					new_forty_ft_hc: 1,
					new_wants_pickup_service: false,
					new_origin_address_ref: 'brightway_electronics_factory',
					new_origin_port_loc_code: 'CNSZX',
					new_destination_port_us_cbp_port_code: '2704',
					new_cargo_ready_date: '2030-06-30T10:00:00Z',
					new_product_descriptions:
						'[{"description": "Watches", "hs_code": "9101.00", "description_for_export_customs": "手表"}]',
					new_cargo: '{"weight": {"value": 2300.4, "unit": "kg"}}',
					new_metadata: '{"PO": ["12345"], "SKU": "abc123"}',
				},
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/booking_amendments',
			operationId: 'booking_amendment_create',
		});
		expect(requests[0].body).toEqual({
			booking_id: booking.id,
			new_name: 'Renamed booking',
			new_origin_address_ref: 'brightway_electronics_factory',
			new_origin_port_loc_code: 'CNSZX',
			new_destination_port_us_cbp_port_code: '2704',
			new_wants_pickup_service: false,
			new_container_counts: { twenty_ft: 2, forty_ft_hc: 1 },
			new_cargo_ready_date: '2030-06-30',
			new_product_descriptions: [
				{ description: 'Watches', hs_code: '9101.00', description_for_export_customs: '手表' },
			],
			new_cargo: { weight: { value: 2300.4, unit: 'kg' } },
			new_metadata: { PO: ['12345'], SKU: ['abc123'] },
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			_object: '/booking_amendment',
			booking_id: booking.id,
			new_name: 'Renamed booking',
			is_pending: true,
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('rejects an empty amendment before sending', async () => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'bookingAmendment',
				operation: 'create',
				bookingId: { __rl: true, mode: 'id', value: '2901' },
				updateFields: {},
			},
		});
		expect(error?.message).toMatch(/"Update Fields" is empty.*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it.each([
		[
			{ new_cargo_ready_date: '30/06/2030' },
			/"Update Fields → New Cargo Ready Date" must be a date.*\[item 0\]/,
		],
		[
			{
				new_product_descriptions:
					'[{"description": "Watches", "hs_code": "9101", "description_for_export_customs_locale": "zh_CN"}]',
			},
			/unknown key "description_for_export_customs_locale".*\[item 0\]/,
		],
		[
			{ new_forty_ft: 1.5 },
			/"Update Fields → New 40ft Containers" must be a whole number \[item 0\]/,
		],
		[
			{ new_metadata: '{"PO": 5}' },
			/"Update Fields → New Metadata \(JSON\)": the value of "PO" must be a string or a list of strings \[item 0\]/,
		],
	])('rejects %j before sending', async (updateFields, message) => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'bookingAmendment',
				operation: 'create',
				bookingId: { __rl: true, mode: 'id', value: '2901' },
				updateFields,
			},
		});
		expect(error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});

	it('with Continue On Fail, an unknown booking becomes an error item and the next item still runs', async () => {
		const booking = await firstRecord(env, 'booking');
		const { items, error, requests } = await env.run({
			parameters: {
				resource: 'bookingAmendment',
				operation: 'create',
				bookingId: { __rl: true, mode: 'id', value: '={{ $json.booking }}' },
				updateFields: { new_name: '={{ "Amended " + $json.booking }}' },
			},
			items: [{ booking: 99999999 }, { booking: booking.id }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([400, 200]);
		expect(items[0].json.error).toMatch(/Flexport answered HTTP 400 to POST \/booking_amendments/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.new_name).toBe(`Amended ${String(booking.id)}`);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
