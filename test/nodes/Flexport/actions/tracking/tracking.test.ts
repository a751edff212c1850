import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted } from '../freightSuite';

describe('Tracking (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	const create = (parameters: object, extra: object = {}) =>
		env.run({ parameters: { resource: 'tracking', operation: 'create', ...parameters }, ...extra });

	it('create: POST /tracking with Flexport-Version 3, as the additions file describes it', async () => {
		const { items, requests, error } = await create({
			containerNumbers: 'segu9316914, FCIU2109480, SEGU9316914',
			additionalFields: {
				master_bill_of_lading_number: 'ONEYHKGA81416701',
				house_bill_of_lading_number: 'MASA1234567',
				scac_code: 'ONEY',
				cargo_ready_date: '2020-11-19',
				target_delivery_date: '2020-12-24T10:00:00Z',
				forwarder_name: 'Acme Logistics',
				metadata: '{"po": "PO-1"}',
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/tracking',
			operationId: 'tracking_create',
		});
		expect(requests[0].headers['flexport-version']).toBe('3');
		expect(requests[0].body).toEqual({
			container_numbers: ['SEGU9316914', 'FCIU2109480'],
			master_bill_of_lading_number: 'ONEYHKGA81416701',
			house_bill_of_lading_number: 'MASA1234567',
			scac_code: 'ONEY',
			cargo_ready_date: '2020-11-19',
			target_delivery_date: '2020-12-24',
			forwarder_name: 'Acme Logistics',
			metadata: { po: ['PO-1'] },
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			_object: '/tracking',
			flex_id: expect.stringMatching(/^FLEX-/),
		});
		expect(typeof items[0].json.booking_fid).toBe('string');
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('Flexport answers 404 to the same request under version 2: the version is what makes it work', async () => {
		const { error, requests } = await create({
			containerNumbers: 'SEGU9316914',
			requestOptions: { apiVersion: '2' },
		});
		expect(error?.message).toMatch(
			/"Request Options → API Version" is 2, but this operation needs Flexport API version 3.*\[item 0\]/,
		);
		expect(requests).toHaveLength(0);
		const dated = await create({
			containerNumbers: 'SEGU9316914',
			requestOptions: { apiVersion: '2024-01-01' },
		});
		expect(dated.error).toBeUndefined();
		expect(dated.requests[0].headers['flexport-version']).toBe('2024-01-01');
	});

	it('rejects missing or malformed container numbers and SCAC codes before sending, naming field and item', async () => {
		const cases: Array<[object, RegExp]> = [
			[{ containerNumbers: ' , ' }, /^"Container Numbers" is required \[item 0\]$/],
			[
				{ containerNumbers: 'SEGU9316914, ABC123' },
				/^"Container Numbers": "ABC123" is not a container number such as MSCU1234567/,
			],
			[
				{ containerNumbers: 'SEGU9316914', additionalFields: { scac_code: 'ONEY1' } },
				/^"Additional Fields → SCAC Code" must be 2 to 4 letters/,
			],
			[
				{ containerNumbers: 'SEGU9316914', additionalFields: { planned_delivery_date: 'soon' } },
				/^"Additional Fields → Planned Delivery Date" must be a date/,
			],
		];
		for (const [parameters, message] of cases) {
			const { error, requests } = await create(parameters);
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
	});

	it('with Continue On Fail reports a bad item and tracks the next one', async () => {
		const { items, error, requests } = await create(
			{ containerNumbers: '={{ $json.containers }}' },
			{ items: [{ containers: 'nope' }, { containers: 'MSCU1234567' }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(items[0].json.error).toMatch(/"Container Numbers": "NOPE" is not a container number/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.flex_id).toMatch(/^FLEX-/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
