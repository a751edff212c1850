/** Freight quotes and orders through n8n-core against the Logistics simulator. */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';
import { createQuote, id, stop } from './freightParameters';

describe('Freight (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string | number>;

	const quote = async (operation: string, extra: IDataObject) =>
		await createQuote(env, operation, extra);

	it('quotes: truck, pallets and containers, each a POST of its mode, simplified to cost and transit', async () => {
		const truck = await quote('quoteTruck', {
			palletCount: 10,
			additionalFields: {
				totalWeight: 12000,
				pickupLocationType: 'COMMERCIAL',
				deliveryLiftGateRequired: true,
			},
		});
		expect(truck).toMatchObject({
			type: 'FTL',
			status: 'CREATED',
			palletCount: 10,
			totalWeight: 12000,
			pickupZip: '90021',
			deliveryZip: '89502',
			legs: ['FTL'],
			idempotency: { replayed: false },
		});
		expect(truck.totalCost).toEqual(expect.any(Number));
		const pallets = await quote('quotePallets', { palletCount: 3 });
		expect(pallets).toMatchObject({ type: 'LTL', palletCount: 3, legs: ['LTL'] });
		const containers = await quote('quoteContainers', {
			additionalFields: { packageType: 'CARTONS', packageCount: 2 },
		});
		expect(containers).toMatchObject({ type: 'DRAYAGE', packageType: 'CARTONS', packageCount: 2 });

		const got = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'getQuote',
				quoteId: id(String(truck.id)),
				simplify: false,
			},
		});
		expectAccepted(got.requests);
		expect(got.requests[0].operationId).toBe('get_quote');
		expect(got.items[0].json).toMatchObject({ id: truck.id, ftlQuoteItem: { palletCount: 10 } });
	});

	it('book: truck, pallets and containers orders book their quotes; get, list and cancel them', async () => {
		const truckQuote = await quote('quoteTruck', { palletCount: 8 });
		const truck = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'bookTruck',
				quoteId: id(String(truckQuote.id)),
				cargoReadyDate: '2030-01-15T09:00:00',
				pickup: stop('500 Warehouse Ave', 'Los Angeles', '90021'),
				delivery: stop('200 Dock Rd', 'Reno', '89502'),
				totalWeight: 9000,
				palletCount: 8,
				additionalFields: {
					customerReferenceNumber: 'PO-118',
					pickupHoursStart: '08:00',
					pickupHoursEnd: '17:00',
					deliveryAppointmentRequired: true,
				},
			},
		});
		expect(truck.error).toBeUndefined();
		expectAccepted(truck.requests);
		expect(truck.requests[0].operationId).toBe('create_trucks_order');
		const order = truck.items[0].json;
		expect(order).toMatchObject({
			type: 'FTL',
			status: 'BOOKED',
			quoteId: truckQuote.id,
			pickupCity: 'Los Angeles',
			deliveryCity: 'Reno',
			customerReferenceNumber: 'PO-118',
			cargoReadyDate: '2030-01-15T09:00:00.000Z',
		});
		expect(order.customerBolId).toMatch(/^SL\d{7}$/);

		const palletQuote = await quote('quotePallets', { palletCount: 2 });
		const pallets = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'bookPallets',
				quoteId: id(String(palletQuote.id)),
				cargoReadyDate: '2030-01-16T09:00:00Z',
				pickup: stop('500 Warehouse Ave', 'Los Angeles', '90021'),
				delivery: stop('200 Dock Rd', 'Reno', '89502'),
				pallets: { pallet: [{ palletCount: 2, length: 48, width: 40, height: 50, weight: 800 }] },
			},
		});
		expectAccepted(pallets.requests);
		expect(pallets.items[0].json).toMatchObject({ type: 'LTL', palletCount: 2 });

		const containerQuote = await quote('quoteContainers', {});
		const containers = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'bookContainers',
				quoteId: id(String(containerQuote.id)),
				portId: String(fixtures().portId),
				containerId: 'MSCU1234567',
				masterBolId: 'MBL123456789',
				deliveryOrderDocumentKey: 'doc/do.pdf',
				packingListDocumentKey: 'doc/pl.pdf',
				delivery: stop('200 Dock Rd', 'Reno', '89502'),
				additionalFields: {
					packageType: 'PALLETS',
					packages: '[{"palletCount": 1, "length": 48, "width": 40, "height": 40, "weight": 500}]',
				},
			},
		});
		expectAccepted(containers.requests);
		expect(containers.items[0].json).toMatchObject({
			type: 'DRAYAGE',
			portId: fixtures().portId,
			containerId: 'MSCU1234567',
		});

		const got = await env.run({
			parameters: { resource: 'freight', operation: 'getOrder', orderId: id(String(order.id)) },
		});
		expectAccepted(got.requests);
		expect(got.items[0].json).toMatchObject({ id: order.id, status: 'BOOKED' });

		const cancelled = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'cancelOrder',
				orderId: id(String(order.id)),
				additionalFields: { cancellationReason: 'Plans changed' },
			},
		});
		expectAccepted(cancelled.requests);
		expect(cancelled.requests[0].operationId).toBe('cancel');
		expect(cancelled.items[0].json).toMatchObject({
			success: true,
			orderId: order.id,
			idempotency: { replayed: false },
		});
		const after = await env.run({
			parameters: { resource: 'freight', operation: 'getOrder', orderId: id(String(order.id)) },
		});
		expect(after.items[0].json.status).toBe('CANCELLED');
	});

	it.each(['lastId', 'body'])(
		'get many orders and quotes: Return All reads every cursor page (next cursor from %s), Limit stops',
		async (freightCursorIn) => {
			env.logistics.setSettings({ freightCursorIn });
			const all = await env.run({
				parameters: { resource: 'freight', operation: 'getAllOrders', returnAll: true },
			});
			expectAccepted(all.requests);
			expect(all.items.length).toBeGreaterThanOrEqual(Number(fixtures().freightOrderCount));
			expect(new Set(all.items.map((item) => item.json.id)).size).toBe(all.items.length);
			expect(all.items[0].json).toEqual(
				expect.objectContaining({ type: expect.any(String), status: expect.any(String) }),
			);

			const limited = await env.run({
				parameters: {
					resource: 'freight',
					operation: 'getAllQuotes',
					limit: 3,
					options: { direction: 'forward' },
				},
			});
			expectAccepted(limited.requests);
			expect(limited.requests[0]).toMatchObject({
				operationId: 'get_quotes',
				query: { limit: '3', direction: 'forward' },
			});
			expect(limited.items).toHaveLength(3);
		},
	);

	it('ports and BOL tracking: the port list with Limit, the tracking of a seeded BOL simplified', async () => {
		const ports = await env.run({
			parameters: { resource: 'freight', operation: 'getPorts', limit: 2 },
		});
		expectAccepted(ports.requests);
		expect(ports.items).toHaveLength(2);
		expect(ports.items[0].json).toMatchObject({ id: fixtures().portId, country: 'US' });

		const tracking = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'getTracking',
				bolId: id(String(fixtures().bolId)),
			},
		});
		expectAccepted(tracking.requests);
		expect(tracking.requests[0]).toMatchObject({
			operationId: 'get_bol_tracking',
			apiPath: `/freight/tracking_events/${fixtures().bolId}`,
		});
		expect(tracking.items[0].json).toMatchObject({
			bolStatus: expect.any(String),
			mode: expect.any(String),
			latestEvent: expect.any(String),
			eventCount: expect.any(Number),
		});
	});
});
