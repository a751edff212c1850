'use strict';

// Operation cases for Inbounds, OAuth and Webhooks (see operation-cases.js).

const bodies = require('./operation-bodies');

function inboundsCases(f, oauthRedirect) {
	const { inboundAddress } = bodies;
	const sku = f.logisticsSku;
	return [
		{
			op: 'create_inbounding_shipment_v4',
			method: 'POST',
			path: () => '/inbounds/shipments',
			body: () => ({
				from: inboundAddress(),
				prep: { boxContentLabels: true },
				items: [{ logisticsSku: sku, quantity: 50 }],
				packages: [
					{ items: [{ logisticsSku: sku, quantity: 50 }], numberOfIdenticalPkgs: 1, weight: 20 },
				],
				shippingPlanName: 'Spring restock',
			}),
			remember: (json, memo) => (memo.shipmentId = Number(json.id)),
			invalid: {
				body: () => ({
					from: inboundAddress(),
					prep: { boxContentLabels: true },
					items: [{ logisticsSku: sku, quantity: 1.5 }],
				}),
				field: 'body.items[0].quantity',
			},
		},
		{
			op: 'get_inbounding_shipments_v4',
			path: (m) =>
				`/inbounds/shipments?shipmentIds=${f.inboundShipmentId}&shipmentIds=${m.shipmentId}`,
			invalid: { path: () => '/inbounds/shipments', field: 'query parameter shipmentIds' },
		},
		{
			op: 'get_inbounding_shipment_v4',
			path: (m) => `/inbounds/shipments/${m.shipmentId}`,
			invalid: { path: () => '/inbounds/shipments/abc', field: 'path parameter shipmentId' },
		},
		{
			op: 'update_inbounding_shipment_v3',
			method: 'PATCH',
			path: (m) => `/inbounds/shipments/${m.shipmentId}/update`,
			body: () => ({
				packageTrackingNumber: '1Z999AA10123456784',
				prep: { boxContentLabels: false },
			}),
			invalid: { body: () => ({ shippingOption: 'CAMEL' }), field: 'body.shippingOption' },
		},
		{
			op: 'get_transfer_document_v2',
			path: (m) =>
				`/inbounds/shipments/${m.shipmentId}/document?documentOption=BOX_LABELS&documentFormat=PDF`,
			invalid: {
				path: (m) => `/inbounds/shipments/${m.shipmentId}/document?documentOption=BOX_LABELS`,
				field: 'query parameter documentFormat',
			},
		},
		{
			op: 'init_quote_process_for_inbounding_shipment_v2',
			method: 'POST',
			path: (m) => `/inbounds/shipments/${m.shipmentId}/quotes?shippingOption=SPD_EXTERNAL`,
			invalid: {
				path: (m) => `/inbounds/shipments/${m.shipmentId}/quotes?shippingOption=BAD`,
				field: 'query parameter shippingOption',
			},
		},
		{
			op: 'get_inbounding_shipment_quote_result',
			path: (m) => `/inbounds/shipments/${m.shipmentId}/quotes`,
			remember: (json, memo) => (memo.inboundQuoteId = json.quotes[0].id),
			invalid: {
				path: (m) => `/inbounds/shipments/${m.shipmentId}/quotes?shippingOption=BAD`,
				field: 'query parameter shippingOption',
			},
		},
		{
			op: 'init_quote_purchase_process_for_inbounding_shipment_v2',
			method: 'POST',
			path: (m) => `/inbounds/shipments/${m.shipmentId}/quotes/buy`,
			body: (m) => ({ quoteIds: [m.inboundQuoteId] }),
			invalid: { body: () => ({ quoteIds: ['a'] }), field: 'body.quoteIds[0]' },
		},
		{
			op: 'get_inbounding_shipment_quote_purchase_result',
			path: (m) => `/inbounds/shipments/${m.shipmentId}/quotes/buy`,
			invalid: {
				path: (m) => `/inbounds/shipments/${m.shipmentId}/quotes/buy?page=2`,
				field: 'query parameter page',
			},
		},
		{
			op: 'authorization_redirect',
			path: () =>
				`/oauth/authorize?response_type=code&client_id=sim-logistics-client&scope=read_logistics_orders&redirect_uri=${encodeURIComponent(oauthRedirect)}&state=s1`,
			token: null,
			redirect: 'manual',
			remember: (json, memo, headers) =>
				(memo.code = new URL(headers.get('location')).searchParams.get('code')),
			invalid: {
				path: () => '/oauth/authorize?response_type=token&client_id=x&scope=y',
				field: 'query parameter response_type',
			},
		},
		{
			op: 'token_exchange',
			method: 'POST',
			path: () => '/oauth/token',
			token: null,
			form: (m) => ({
				grant_type: 'authorization_code',
				code: m.code,
				redirect_uri: oauthRedirect,
			}),
			invalid: {
				form: () => ({ grant_type: 'client_credentials', code: 'x' }),
				field: 'body.grant_type',
			},
		},
		{
			op: 'create_webhook',
			method: 'POST',
			path: () => '/webhooks',
			body: () => ({
				type: 'Order.Shipped',
				url: 'https://127.0.0.1:9/hooks/orders',
				method: 'POST',
				authMethod: 'TOKEN',
				tokenHeader: 'X-Hook-Token',
				token: 'secret-1',
			}),
			remember: (json, memo) => (memo.webhookId = json.id),
			invalid: {
				body: () => ({ type: 'Order.Shipped', url: 'http://example.com/hook', method: 'POST' }),
				field: 'body.url',
			},
		},
		{
			op: 'get_webhooks',
			path: () => '/webhooks',
			invalid: { path: () => '/webhooks?type=Order.Shipped', field: 'query parameter type' },
		},
		{
			op: 'get_webhook',
			path: (m) => `/webhooks/${m.webhookId}`,
			invalid: { path: () => '/webhooks/abc', field: 'path parameter webhookId' },
		},
		{
			op: 'delete_webhook',
			method: 'DELETE',
			path: (m) => `/webhooks/${m.webhookId}`,
			invalid: { path: () => '/webhooks/1.5', field: 'path parameter webhookId' },
		},
	];
}

module.exports = { inboundsCases };
