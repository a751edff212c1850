'use strict';

// Operation cases for Freight (see operation-cases.js).

const bodies = require('./operation-bodies');

function freightCases(f) {
	const { freightAddress, stop, pickup, location, pallet } = bodies;
	return [
		{
			op: 'get_freight_ports',
			path: () => '/freight/ports',
			invalid: { path: () => '/freight/ports?country=US', field: 'query parameter country' },
		},
		{
			op: 'create_truck_quote',
			method: 'POST',
			path: () => '/freight/quotes/trucks',
			body: () => ({
				palletCount: 10,
				totalWeight: 12000,
				weightUnit: 'lb',
				pickupDetails: location('90021'),
				deliveryDetails: location('89502'),
			}),
			remember: (json, memo) => (memo.truckQuote = json.id),
			invalid: {
				body: () => ({
					palletCount: 10,
					weightUnit: 'kg',
					pickupDetails: location('1'),
					deliveryDetails: location('2'),
				}),
				field: 'body.weightUnit',
			},
		},
		{
			op: 'create_pallets_quote',
			method: 'POST',
			path: () => '/freight/quotes/pallets',
			body: () => ({
				palletCount: 3,
				pickupDetails: location('90021'),
				deliveryDetails: location('89502'),
			}),
			remember: (json, memo) => (memo.palletQuote = json.id),
			invalid: {
				body: () => ({ pickupDetails: location('1'), deliveryDetails: location('2') }),
				field: 'body.palletCount',
			},
		},
		{
			op: 'create_containers_quote',
			method: 'POST',
			path: () => '/freight/quotes/containers',
			body: () => ({
				packageType: 'PALLETS',
				packageCount: 2,
				pickupDetails: location('90731'),
				deliveryDetails: location('89502'),
			}),
			remember: (json, memo) => (memo.containerQuote = json.id),
			invalid: {
				body: () => ({
					packageType: 'BOXES',
					pickupDetails: location('1'),
					deliveryDetails: location('2'),
				}),
				field: 'body.packageType',
			},
		},
		{
			op: 'get_quotes',
			path: () => '/freight/quotes?limit=2&direction=forward',
			invalid: {
				path: () => '/freight/quotes?direction=sideways',
				field: 'query parameter direction',
			},
		},
		{
			op: 'get_quote',
			path: (m) => `/freight/quotes/${m.truckQuote}`,
			invalid: { path: () => '/freight/quotes/abc', field: 'path parameter quoteId' },
		},
		{
			op: 'create_trucks_order',
			method: 'POST',
			path: () => '/freight/orders/trucks',
			body: (m) => ({
				quoteId: m.truckQuote,
				totalWeight: 12000,
				weightUnit: 'lb',
				palletCount: 10,
				deliveryDetails: stop(),
				pickupDetails: pickup(),
			}),
			remember: (json, memo) => (memo.truckOrder = json.id),
			invalid: {
				body: (m) => ({
					quoteId: m.truckQuote,
					totalWeight: 1,
					palletCount: 1,
					deliveryDetails: {
						address: freightAddress(),
						contact: { firstName: 'A', lastName: 'B', phone: '1' },
					},
					pickupDetails: pickup(),
				}),
				field: 'body.deliveryDetails.contact.email',
			},
		},
		{
			op: 'create_pallets_order',
			method: 'POST',
			path: () => '/freight/orders/pallets',
			body: (m) => ({
				quoteId: m.palletQuote,
				deliveryDetails: stop(),
				pickupDetails: pickup(),
				pallets: [pallet()],
			}),
			invalid: {
				body: (m) => ({
					quoteId: m.palletQuote,
					deliveryDetails: stop(),
					pickupDetails: pickup(),
					pallets: [{ ...pallet(), weight: '800' }],
				}),
				field: 'body.pallets[0].weight',
			},
		},
		{
			op: 'create_containers_order',
			method: 'POST',
			path: () => '/freight/orders/containers',
			body: (m) => ({
				quoteId: m.containerQuote,
				containerId: 'MSCU1234567',
				masterBolId: 'MBL123456789',
				deliveryOrderDocumentKey: 'doc/do.pdf',
				packingListDocumentKey: 'doc/pl.pdf',
				portId: f.portId,
				deliveryDetails: stop(),
			}),
			invalid: {
				body: (m) => ({
					quoteId: m.containerQuote,
					containerId: 'C',
					masterBolId: 'M',
					deliveryOrderDocumentKey: 'd',
					packingListDocumentKey: 'p',
					deliveryDetails: stop(),
				}),
				field: 'body.portId',
			},
		},
		{
			op: 'get_freight_orders',
			path: () => '/freight/orders?limit=2',
			invalid: { path: () => '/freight/orders?cursor=abc', field: 'query parameter cursor' },
		},
		{
			op: 'get_freight_order',
			path: (m) => `/freight/orders/${m.truckOrder}`,
			invalid: { path: () => '/freight/orders/x1', field: 'path parameter orderId' },
		},
		{
			op: 'get_order_documents',
			path: (m) => `/freight/orders/${m.truckOrder}/documents`,
			invalid: { path: () => '/freight/orders/x1/documents', field: 'path parameter orderId' },
		},
		{
			op: 'cancel',
			method: 'POST',
			path: (m) => `/freight/orders/${m.truckOrder}/cancel`,
			body: () => ({ cancellationReason: 'Plans changed' }),
			invalid: { body: () => ({ reason: 'Plans changed' }), field: 'body.reason' },
		},
		{
			op: 'get_bol_tracking',
			path: () => `/freight/tracking_events/${f.bolId}`,
			invalid: { path: () => '/freight/tracking_events/BOL1', field: 'path parameter bolId' },
		},
	];
}

module.exports = { freightCases };
