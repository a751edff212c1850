import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted } from '../freightSuite';

describe('Carbon Calculation (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	it('sends only the transportation mode when nothing else is set', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'carbonCalculation',
				operation: 'create',
				transportationMode: 'rail',
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/carbon_calculation',
			operationId: 'carbon_calculation_create',
			body: { transportation_mode: 'rail' },
		});
		expect(items[0].json).toMatchObject({
			_object: '/carbon_calculation',
			co2e_emissions: { unit: 'kg' },
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('builds weights, distance, coordinates, addresses and options into a body the spec accepts', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'carbonCalculation',
				operation: 'create',
				transportationMode: 'air',
				additionalFields: {
					weight: 40,
					chargeableWeight: 90,
					chargeableWeightUnit: 'lbs',
					distance: 100000,
					distanceUnit: 'in',
					originLatitude: 37.78,
					originLongitude: -122.41,
					destinationAddress: '{"city": "New York", "country_code": "US"}',
					origin_port: 'SFO',
					destination_port: 'JFK',
					is_inland: false,
					is_lcl: true,
					flightType: 'belly_freighter',
					truckingServiceType: 'last_mile',
					teus: 2,
				},
			},
		});
		expectAccepted(requests);
		expect(requests[0].body).toEqual({
			transportation_mode: 'air',
			weight: { value: 40, unit: 'kg' },
			chargeable_weight: { value: 90, unit: 'lbs' },
			distance: { value: 100000, unit: 'in' },
			origin_coordinates: { latitude: '37.78', longitude: '-122.41' },
			destination_address: { city: 'New York', country_code: 'US' },
			origin_port: 'SFO',
			destination_port: 'JFK',
			is_inland: false,
			is_lcl: true,
			flight_type: 'belly_freighter',
			trucking_service_type: 'last_mile',
			teus: '2',
		});
		expect((items[0].json.co2e_emissions as { value: number }).value).toBeGreaterThan(0);
	});

	it.each([
		[
			{ originLatitude: 37.78 },
			/"Additional Fields → Origin Latitude" and "Additional Fields → Origin Longitude" must be set together \[item 0\]/,
		],
		[
			{ destinationLatitude: 91, destinationLongitude: 0 },
			/"Additional Fields → Destination Latitude" must be at most 90 \[item 0\]/,
		],
		[
			{ weightUnit: 'lbs' },
			/"Additional Fields → Weight Unit" is set but "Additional Fields → Weight" is not \[item 0\]/,
		],
		[{ weight: -1 }, /"Additional Fields → Weight" must be at least 0 \[item 0\]/],
		[
			{ originAddress: '["x"]' },
			/"Additional Fields → Origin Address \(JSON\)" must be a JSON object.*\[item 0\]/,
		],
	])('rejects %j before sending', async (additionalFields, message) => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'carbonCalculation',
				operation: 'create',
				transportationMode: 'ocean',
				additionalFields,
			},
		});
		expect(error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});

	it('with Continue On Fail, a bad mode fails only its own item', async () => {
		const { items, error, requests } = await env.run({
			parameters: {
				resource: 'carbonCalculation',
				operation: 'create',
				transportationMode: '={{ $json.mode }}',
			},
			items: [{ mode: 'spaceship' }, { mode: 'truck' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({ transportation_mode: 'truck' });
		expect(items[0].json.error).toMatch(
			/"Transportation Mode" must be one of air, ocean, truck, rail.*\[item 0\]/,
		);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json._object).toBe('/carbon_calculation');
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
