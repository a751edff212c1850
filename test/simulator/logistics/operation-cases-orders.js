'use strict';

// Operation cases for Orders, Parcels and Returns (see operation-cases.js).

const bodies = require('./operation-bodies');

function ordersCases(f) {
	const { address, deliverrAddress, dims } = bodies;
	const sku = f.logisticsSku;
	return [
		{
			op: 'create_order202307',
			method: 'POST',
			path: () => '/orders',
			body: () => ({
				externalOrderId: 'OPS-1',
				address: address(),
				lineItems: [{ logisticsSku: sku, quantity: 1 }],
				shipMethod: 'STANDARD',
			}),
			remember: (json, memo) => (memo.orderId = json.id),
			invalid: {
				body: () => ({
					externalOrderId: 'OPS-2',
					address: address(),
					lineItems: [{ logisticsSku: sku, quantity: '1' }],
				}),
				field: 'body.lineItems[0].quantity',
			},
		},
		{
			op: 'get_order',
			path: (m) => `/orders/${m.orderId}`,
			invalid: { path: () => '/orders/abc', field: 'path parameter orderId' },
		},
		{
			op: 'get_order_by_external_id',
			path: () => '/orders/external_id/OPS-1',
			invalid: {
				path: () => '/orders/external_id/OPS-1?expand=1',
				field: 'query parameter expand',
			},
		},
		{
			op: 'cancel_order',
			method: 'POST',
			path: (m) => `/orders/${m.orderId}/cancel`,
			invalid: { path: () => '/orders/x/cancel', field: 'path parameter orderId' },
		},
		{
			op: 'retry_order',
			method: 'POST',
			path: (m) => `/orders/${m.orderId}/retry`,
			invalid: { path: () => '/orders/x/retry', field: 'path parameter orderId' },
		},
		{
			op: 'create_parcel_v3',
			method: 'POST',
			path: () => '/parcels',
			body: () => ({
				shipToAddress: deliverrAddress(),
				dimensions: dims(),
				serviceLevel: 'STANDARD',
				customerParcelId: 'OPS-P1',
			}),
			remember: (json, memo) =>
				Object.assign(memo, { parcelId: json.parcelId, trackingCode: json.trackingCode }),
			invalid: {
				body: () => ({
					shipToAddress: deliverrAddress(),
					dimensions: { ...dims(), lengthUnit: 'ft' },
				}),
				field: 'body.dimensions.lengthUnit',
			},
		},
		{
			op: 'get_parcel_quote_v2',
			method: 'POST',
			path: () => '/parcels/quote',
			body: () => ({
				serviceLevel: 'STANDARD',
				shipToAddress: deliverrAddress(),
				dimensions: dims(),
			}),
			invalid: {
				body: () => ({ shipToAddress: deliverrAddress(), dimensions: dims() }),
				field: 'body.serviceLevel',
			},
		},
		{
			op: 'get_parcel',
			path: (m) => `/parcels/${m.parcelId}`,
			invalid: { path: (m) => `/parcels/${m.parcelId}?x=1`, field: 'query parameter x' },
		},
		{
			op: 'get_parcel_tracking',
			path: (m) => `/parcels/${m.parcelId}/tracking`,
			invalid: { path: (m) => `/parcels/${m.parcelId}/tracking?x=1`, field: 'query parameter x' },
		},
		{
			op: 'get_tracking_url',
			path: (m) => `/parcels/${m.parcelId}/tracking_url`,
			invalid: {
				path: (m) => `/parcels/${m.parcelId}/tracking_url?x=1`,
				field: 'query parameter x',
			},
		},
		{
			op: 'get_parcel_tracking_by_tracking_code',
			path: (m) => `/parcels/tracking/${m.trackingCode}`,
			invalid: {
				path: (m) => `/parcels/tracking/${m.trackingCode}?x=1`,
				field: 'query parameter x',
			},
		},
		{
			op: 'create_bulk_parcel_job',
			method: 'POST',
			path: () => '/parcels/jobs',
			body: () => ({
				packslipRequired: false,
				parcels: [
					{ serviceLevel: 'STANDARD', shipToAddress: deliverrAddress(), dimensions: dims() },
				],
			}),
			remember: (json, memo) => (memo.jobId = json.jobId),
			invalid: { body: () => ({ parcels: [] }), field: 'body.packslipRequired' },
		},
		{
			op: 'get_bulk_parcel_job',
			path: (m) => `/parcels/jobs/${m.jobId}`,
			invalid: { path: () => '/parcels/jobs/abc', field: 'path parameter id' },
		},
		{
			op: 'cancel_parcel',
			method: 'POST',
			path: () => '/parcels/cancel',
			body: (m) => ({ parcelId: m.parcelId }),
			invalid: { body: () => ({}), field: 'body.parcelId' },
		},
		{
			op: 'returns_create_order',
			method: 'POST',
			path: () => '/returns',
			body: () => ({
				rma: 'RMA-OPS',
				externalReturnId: 'RET-OPS',
				returnItems: [{ identifier: sku, type: 'LOGISTICS_SKU', quantity: 1 }],
			}),
			remember: (json, memo) => (memo.returnId = json.id),
			invalid: {
				body: () => ({
					rma: 'R',
					externalReturnId: 'E',
					returnItems: [{ identifier: sku, type: 'LOGISTICS_SKU', quantity: 0 }],
				}),
				field: 'body.returnItems[0].quantity',
			},
		},
		{
			op: 'get_returns',
			path: () => '/returns?limit=5&status=CREATED',
			invalid: { path: () => '/returns?status=LOST', field: 'query parameter status[0]' },
		},
		{
			op: 'returns_get_order',
			path: (m) => `/returns/${m.returnId}`,
			invalid: { path: () => '/returns/abc', field: 'path parameter returnId' },
		},
		{
			op: 'returns_cancel_order',
			method: 'POST',
			path: (m) => `/returns/${m.returnId}/cancel`,
			invalid: { body: () => ({ reason: 'x' }), field: 'takes no request body' },
		},
	];
}

module.exports = { ordersCases };
