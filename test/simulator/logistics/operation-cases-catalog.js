'use strict';

// Operation cases for Accounts, Products, Bundles, Channels, Uploads, Events and Reports
// (see operation-cases.js).

function catalogCases(f) {
	const sku = f.logisticsSku;
	return [
		{
			op: 'get_logistics_account_standing_status',
			path: () => '/accounts/status',
			invalid: { path: () => '/accounts/status?verbose=1', field: 'query parameter verbose' },
		},
		{
			op: 'get_products',
			path: () => '/products?limit=5&offset=0',
			invalid: { path: () => '/products?limit=abc', field: 'query parameter limit' },
		},
		{
			op: 'create_product',
			method: 'POST',
			path: () => '/products',
			body: () => ({
				name: 'Gift wrap',
				merchantSku: 'SKU-OPS-1',
				dimensions: {
					weight: 1,
					weightUnit: 'lb',
					height: 2,
					width: 3,
					length: 4,
					lengthUnit: 'in',
				},
				customsInformation: {
					originCountry: 'US',
					tariffCode: '4819100000',
					customsValue: 3.5,
					description: 'Paper wrap',
				},
			}),
			remember: (json, memo) => (memo.newSku = json.logisticsSku),
			invalid: { body: () => ({ name: 'Gift wrap' }), field: 'body.merchantSku' },
		},
		{
			op: 'get_all_inventory',
			path: () => '/products/inventory/all?poolName=DEFAULT&limit=10',
			invalid: {
				path: () => '/products/inventory/all?poolName=WRONG',
				field: 'query parameter poolName',
			},
		},
		{
			op: 'get_warehouse_details',
			method: 'POST',
			path: () => '/products/warehouse',
			body: () => ({ logisticsSkus: [sku] }),
			invalid: { body: () => ({ logisticsSKUs: [sku] }), field: 'body.logisticsSKUs' },
		},
		{
			op: 'get_product',
			path: () => `/products/${sku}`,
			invalid: { path: () => `/products/${sku}?fields=all`, field: 'query parameter fields' },
		},
		{
			op: 'get_inventory',
			path: () => `/products/${sku}/inventory?aggregatePacks=true`,
			invalid: {
				path: () => `/products/${sku}/inventory?aggregatePacks=yes`,
				field: 'query parameter aggregatePacks',
			},
		},
		{
			op: 'create_bundle',
			method: 'POST',
			path: () => '/bundles',
			body: () => ({
				externalBundleId: 'BUNDLE-OPS',
				title: 'Gift set',
				sku: 'KIT-OPS',
				bundleContents: [{ productId: sku, quantity: 2 }],
			}),
			remember: (json, memo) => (memo.bundleId = json.bundleId),
			invalid: {
				body: () => ({ externalBundleId: 'B2', title: 'ab', sku: 'K2', bundleContents: [] }),
				field: 'body.title',
			},
		},
		{
			op: 'get_bundle',
			path: (m) => `/bundles/${m.bundleId}`,
			invalid: { path: () => '/bundles/Bshort', field: 'path parameter bundleId' },
		},
		{
			op: 'get_bundle_inventory',
			path: (m) => `/bundles/${m.bundleId}/inventory`,
			invalid: { path: () => '/bundles/X1234567890/inventory', field: 'path parameter bundleId' },
		},
		{
			op: 'create_channel',
			method: 'POST',
			path: () => '/channels',
			body: () => ({
				channelType: 'SHOPIFY',
				accessToken: 'shpat_demo',
				storeName: 'demo-store',
				locationId: '7781',
			}),
			invalid: {
				body: () => ({ channelType: 'SHOPIFY', accessToken: 'x', storeName: 's' }),
				field: 'body.locationId',
			},
		},
		{
			op: 'create_product_sync',
			method: 'POST',
			path: () => '/channels/SHOPIFY/shop/demo-store/sync',
			invalid: { body: () => ({ full: true }), field: 'takes no request body' },
		},
		{
			op: 'get_product_sync_status',
			path: () => '/channels/SHOPIFY/shop/demo-store/sync',
			invalid: {
				path: () => '/channels/SHOPIFY/shop/demo-store/sync?since=1',
				field: 'query parameter since',
			},
		},
		{
			op: 'get_events',
			path: () => '/events?limit=10&type=Order.Shipped',
			invalid: { path: () => '/events?limit=500', field: 'query parameter limit' },
		},
		{
			op: 'generate_report',
			method: 'POST',
			path: () => '/reports',
			body: () => ({
				reportType: 'Orders-All_Orders',
				startDate: '2024-01-01T00:00:00Z',
				endDate: '2024-02-01T00:00:00Z',
			}),
			remember: (json, memo) => (memo.report = json.reportReference),
			invalid: { body: () => ({ reportType: 'Orders' }), field: 'body.reportType' },
		},
		{
			op: 'get_report_status',
			path: (m) => `/reports/${m.report}`,
			invalid: { path: (m) => `/reports/${m.report}?format=csv`, field: 'query parameter format' },
		},
		{
			op: 'create_upload_target',
			method: 'POST',
			path: () => '/uploads',
			body: () => ({
				filename: 'proof.pdf',
				fileSize: 1024,
				mimeType: 'application/pdf',
				resourceType: 'CLAIM_PROOF',
			}),
			invalid: {
				body: () => ({ filename: 'p', fileSize: 1, mimeType: 'a', resourceType: 'OTHER' }),
				field: 'body.resourceType',
			},
		},
	];
}

module.exports = { catalogCases };
