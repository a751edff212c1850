'use strict';

// Accounts, Products (and inventory), Bundles, Channels and Uploads operations.

const { requireFound, unprocessable, conflict } = require('./problem');
const { offsetPage } = require('./pagination');

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

function findProduct(db, logisticsSku) {
	return requireFound(db.products.get(logisticsSku), `Product ${logisticsSku}`);
}

function findBundle(db, bundleId) {
	return requireFound(db.bundles.get(bundleId), `Bundle ${bundleId}`);
}

function findChannel(db, { channelType, storeName }) {
	return requireFound(
		db.channels.get(`${channelType}/${storeName}`),
		`Channel ${channelType} store ${storeName}`,
	);
}

/** The body the README shows ({logisticsSKUs}) or the client sends ({logisticsSkus}). */
function warehouseBodySchema(settings) {
	const list = { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 250 };
	const client = {
		type: 'object',
		required: ['logisticsSkus'],
		properties: { logisticsSkus: list },
	};
	const readme = {
		type: 'object',
		required: ['logisticsSKUs'],
		properties: { logisticsSKUs: list },
	};
	if (settings.warehouseBodyKey === 'logisticsSkus') return null;
	if (settings.warehouseBodyKey === 'logisticsSKUs') return readme;
	return { oneOf: [client, readme] };
}

const CATALOG_HANDLERS = {
	get_logistics_account_standing_status: ({ db }) => ({
		body: {
			logisticsAccountId: db.accountId,
			isFullySetup: true,
			importedProductCatalog: db.products.size > 0,
			completedFirstInboundShipment: db.inbounds.size > 0,
		},
	}),

	get_products: ({ db, query, settings }) => ({
		body: offsetPage(db.products.all(), query, settings),
	}),

	create_product: ({ db, body, records }) => {
		if (db.products.find((product) => product.merchantSku === body.merchantSku))
			throw conflict(`A product with merchantSku ${body.merchantSku} already exists`);
		const product = records.product(body);
		db.products.insert(product);
		db.inventory.set(product.logisticsSku, records.inventory(product.logisticsSku, 0));
		return { body: product };
	},

	get_product: ({ db, pathParams }) => ({ body: findProduct(db, pathParams.logisticsSku) }),

	get_all_inventory: ({ db, query, settings }) => ({
		body: offsetPage([...db.inventory.values()], query, settings),
	}),

	get_inventory: ({ db, pathParams, query }) => {
		findProduct(db, pathParams.logisticsSku);
		const inventory = db.inventory.get(pathParams.logisticsSku);
		if (query.aggregatePacks === false) return { body: inventory };
		return { body: { ...inventory, breakdown: undefined } };
	},

	get_warehouse_details: ({ db, body }) => ({
		body: (body.logisticsSkus || body.logisticsSKUs).map((logisticsSku) => {
			const inventory = db.inventory.get(logisticsSku);
			if (!inventory) return { logisticsSku, warehouseDetails: [] };
			const first = Math.ceil(inventory.available * 0.6);
			return {
				logisticsSku,
				warehouseDetails: [
					{ warehouseId: 'RNO1', available: first },
					{ warehouseId: 'ATL1', available: inventory.available - first },
				],
			};
		}),
	}),

	create_bundle: ({ db, body, records }) => {
		body.bundleContents.forEach((content, index) => {
			if (!db.products.get(content.productId))
				throw unprocessable(
					`body.bundleContents[${index}].productId: no product ${content.productId} in this account`,
				);
		});
		if (db.bundles.find((bundle) => bundle.externalBundleId === body.externalBundleId))
			throw conflict(`A bundle with externalBundleId ${body.externalBundleId} already exists`);
		return { body: db.bundles.insert(records.bundle(body)) };
	},

	get_bundle: ({ db, pathParams }) => ({ body: findBundle(db, pathParams.bundleId) }),

	get_bundle_inventory: ({ db, pathParams }) => {
		const bundle = findBundle(db, pathParams.bundleId);
		const perContent = bundle.bundleContents.map((content) => {
			const inventory = db.inventory.get(content.productId);
			return Math.floor((inventory ? inventory.available : 0) / content.quantity);
		});
		return {
			body: {
				bundleId: bundle.bundleId,
				availableUnits: perContent.length ? Math.min(...perContent) : 0,
			},
		};
	},

	create_channel: ({ db, body, baseUrl, random }) => {
		const key = `${body.channelType}/${body.storeName}`;
		if (db.channels.has(key))
			throw conflict(`A ${body.channelType} channel for ${body.storeName} already exists`);
		const channelId = `CH${random.digits(8)}`;
		const channel = {
			channelId,
			storeName: body.storeName,
			channelType: body.channelType,
			fulfillmentServiceCallbackUrl: `${baseUrl}/logistics/callbacks/${channelId}/fulfillment`,
			webhookCallbackUrl: `${baseUrl}/logistics/callbacks/${channelId}/webhooks`,
		};
		db.channels.set(key, { channel, sync: null });
		return { body: channel };
	},

	get_product_sync_status: ({ db, pathParams, jobs, now }) => {
		const entry = findChannel(db, pathParams);
		let status = 'STOPPED';
		if (entry.sync) status = jobs.poll(entry.sync) === 'pending' ? 'PENDING' : 'COMPLETE';
		const updatedAt = new Date(entry.sync ? entry.sync.settledAt || entry.sync.startedAt : now);
		return {
			body: {
				channelId: entry.channel.channelId,
				productSyncStatus: status,
				updatedAt: updatedAt.toISOString(),
			},
		};
	},

	create_product_sync: ({ db, pathParams, jobs }) => {
		const entry = findChannel(db, pathParams);
		entry.sync = jobs.start('productSync');
		return { empty: true };
	},

	create_upload_target: ({ body, baseUrl, random }) => {
		if (body.fileSize > MAX_UPLOAD_BYTES)
			throw unprocessable(`body.fileSize: must be at most ${MAX_UPLOAD_BYTES} bytes`);
		const key = `${body.resourceType.toLowerCase()}/${random.digits(10)}/${body.filename}`;
		return {
			body: {
				url: `${baseUrl}/logistics/uploads`,
				fields: [
					{ name: 'key', value: key },
					{ name: 'Content-Type', value: body.mimeType },
					{ name: 'policy', value: Buffer.from(`sim:${key}`).toString('base64') },
				],
			},
		};
	},
};

const CATALOG_BODY_SCHEMAS = { get_warehouse_details: warehouseBodySchema };

module.exports = { CATALOG_HANDLERS, CATALOG_BODY_SCHEMAS, findProduct };
