/** Parcels through n8n-core against the Logistics simulator: labels, quotes, tracking, cancel. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';
import { box, shipTo } from './parcelInputs';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Parcel (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string>;

	async function newParcel(reference: string) {
		const created = await env.run({
			parameters: {
				resource: 'parcel',
				operation: 'create',
				shipToAddress: shipTo,
				dimensions: box,
				additionalFields: { customerParcelId: reference },
			},
		});
		expect(created.error).toBeUndefined();
		return created.items[0].json as Record<string, string>;
	}

	it('create: POST /parcels per item with the typed fields and Additional Fields, paired, with a key', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'parcel',
				operation: 'create',
				shipToAddress: shipTo,
				dimensions: box,
				additionalFields: {
					customerParcelId: '={{ $json.order }}',
					serviceLevel: 'STANDARD',
					labelFormat: 'ZPL203',
					customLabelFooter1: 'Thanks!',
					pickupDateTime: '2030-01-15T09:00:00Z',
					returnAddress: { address: { ...shipTo.address, name: 'Returns Desk' } },
					isReturn: false,
				},
			},
			items: [{ order: 'ORDER-1' }, { order: 'ORDER-2' }],
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests.map((request) => request.operationId)).toEqual([
			'create_parcel_v3',
			'create_parcel_v3',
		]);
		expect(new Set(requests.map((request) => request.headers['idempotency-key'])).size).toBe(2);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items.map((item) => item.json.customerReferenceId)).toEqual(['ORDER-1', 'ORDER-2']);
		expect(items[0].json).toMatchObject({
			status: 'OK',
			serviceLevel: 'STANDARD',
			parcelId: expect.any(String),
			trackingCode: expect.any(String),
			idempotency: { replayed: false },
		});
	});

	it('get, getTracking (by parcel ID and by tracking code): the parcel and its tracking', async () => {
		const parcel = await newParcel('TRACK-1');
		const got = await env.run({
			parameters: { resource: 'parcel', operation: 'get', parcelId: byId(parcel.parcelId) },
		});
		expectAccepted(got.requests);
		expect(got.requests[0]).toMatchObject({
			apiPath: `/parcels/${parcel.parcelId}`,
			operationId: 'get_parcel',
		});
		expect(got.items[0].json).toMatchObject({
			parcelId: parcel.parcelId,
			trackingCode: parcel.trackingCode,
		});

		const byParcel = await env.run({
			parameters: { resource: 'parcel', operation: 'getTracking', parcelId: byId(parcel.parcelId) },
		});
		expectAccepted(byParcel.requests);
		expect(byParcel.requests[0].operationId).toBe('get_parcel_tracking');
		expect(byParcel.items[0].json).toMatchObject({
			parcelId: parcel.parcelId,
			trackingCode: parcel.trackingCode,
			status: 'PRE_TRANSIT',
			labelTime: expect.any(String),
		});
		expect(byParcel.items[0].json.eventTimestamps).toBeUndefined();

		const byCode = await env.run({
			parameters: {
				resource: 'parcel',
				operation: 'getTracking',
				parcelId: { __rl: true, mode: 'trackingCode', value: parcel.trackingCode },
				simplify: false,
			},
		});
		expectAccepted(byCode.requests);
		expect(byCode.requests[0]).toMatchObject({
			apiPath: `/parcels/tracking/${parcel.trackingCode}`,
			operationId: 'get_parcel_tracking_by_tracking_code',
		});
		expect(byCode.items[0].json).toMatchObject({
			parcelId: parcel.parcelId,
			eventTimestamps: { labelTime: expect.any(String) },
		});
	});

	it.each(['json', 'text'])(
		'getTrackingUrl: the bare string (served as %s) becomes {parcelId, trackingUrl}',
		async (format) => {
			env.logistics.setSettings({ trackingUrlFormat: format });
			const parcelId = fixtures().parcelId;
			const { items, requests, error } = await env.run({
				parameters: { resource: 'parcel', operation: 'getTrackingUrl', parcelId: byId(parcelId) },
				items: [{ a: 1 }],
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(requests[0].operationId).toBe('get_tracking_url');
			expect(items).toHaveLength(1);
			expect(items[0].json).toEqual({
				parcelId,
				trackingUrl: `https://tracking.flexport.com/${fixtures().trackingCode}`,
			});
			expect(items[0].pairedItem).toEqual({ item: 0 });
		},
	);

	it('getQuote: POST /parcels/quote (a read with a key) answers with price and billed weight', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'parcel',
				operation: 'getQuote',
				serviceLevel: 'STANDARD',
				shipToAddress: shipTo,
				dimensions: box,
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({ method: 'POST', operationId: 'get_parcel_quote_v2' });
		expect(requests[0].headers['idempotency-key']).toMatch(/^n8n-/);
		expect(items[0].json).toMatchObject({
			price: expect.any(Number),
			serviceLevel: 'STANDARD',
			billedWeightLbs: 3,
			warnings: ['Billed by dimensional weight'],
		});
	});

	it('cancel: POST /parcels/cancel with the parcel ID; a delivered parcel is a 422 Flexport explains', async () => {
		const parcel = await newParcel('CANCEL-1');
		const cancelled = await env.run({
			parameters: { resource: 'parcel', operation: 'cancel', parcelId: byId(parcel.parcelId) },
		});
		expect(cancelled.error).toBeUndefined();
		expectAccepted(cancelled.requests);
		expect(cancelled.requests[0].operationId).toBe('cancel_parcel');
		expect(cancelled.items[0].json).toMatchObject({
			parcelId: parcel.parcelId,
			success: true,
			idempotency: { replayed: false },
		});
		const tracking = await env.run({
			parameters: { resource: 'parcel', operation: 'getTracking', parcelId: byId(parcel.parcelId) },
		});
		expect(tracking.items[0].json.status).toBe('FAILURE');

		const late = await newParcel('CANCEL-2');
		env.sim.advanceClock(5 * 86_400_000);
		const refused = await env.run({
			parameters: { resource: 'parcel', operation: 'cancel', parcelId: byId(late.parcelId) },
		});
		expect(refused.error?.message).toMatch(/HTTP 422/);
		expect(refused.error?.message).toMatch(/DELIVERED and can no longer be cancelled/);
	});

	it('an international parcel without customs items: Flexport refuses it, naming its parcel error', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'parcel',
				operation: 'create',
				shipToAddress: { address: { ...shipTo.address, country: 'CA', zip: 'H2X 1Y4' } },
				dimensions: box,
			},
		});
		expect(error?.message).toMatch(/HTTP 422.*CUSTOMS_INFORMATION_REQUIRED/);
	});

	it.each([
		['no dimensions', { dimensions: {} }, /"Dimensions" is required \[item 0\]/],
		[
			'an address without street',
			{ shipToAddress: { address: { ...shipTo.address, street1: ' ' } } },
			/"Ship To Address → Street 1" is required/,
		],
		[
			'a weight of 0',
			{ dimensions: { value: { ...box.value, weight: 0 } } },
			/"Dimensions → Weight" must be more than 0/,
		],
		[
			'a footer of 30 characters',
			{ additionalFields: { customLabelFooter1: 'x'.repeat(30) } },
			/"Additional Fields → Label Footer 1" is longer than 25 characters/,
		],
		[
			'a second footer line alone',
			{ additionalFields: { customLabelFooter2: 'x' } },
			/"Additional Fields → Label Footer 1" is required when/,
		],
		[
			'customs items without a tariff code',
			{ additionalFields: { customsItems: '[{"code": "A", "description": "x"}]' } },
			/"Additional Fields → Customs Items \(JSON\)": entry 1 needs "quantity"/,
		],
		[
			'a pickup time that is no date',
			{ additionalFields: { pickupDateTime: 'tomorrow' } },
			/"Additional Fields → Pickup Time" must be a date/,
		],
	])('create refuses %s before sending, naming the field', async (_case, change, message) => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'parcel',
				operation: 'create',
				shipToAddress: shipTo,
				dimensions: box,
				...change,
			},
		});
		expect(error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});

	it('a parcel ID or tracking code from an expression that could change the path never leaves n8n', async () => {
		for (const [mode, value, message] of [
			['id', '../../webhooks', /"Parcel" must be letters, digits, - or _/],
			['trackingCode', '1Z 99/2', /"Parcel \(tracking code\)" must be 4 to 64 letters or digits/],
		]) {
			const { error, requests } = await env.run({
				parameters: {
					resource: 'parcel',
					operation: 'getTracking',
					parcelId: { __rl: true, mode, value: `={{ ${JSON.stringify(value)} }}` },
				},
			});
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
	});
});
