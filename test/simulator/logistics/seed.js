'use strict';

// The seeded Logistics account: products with inventory (one with plenty of stock, one sold out),
// bundles, orders in every state, inbound shipments, parcels, returns, freight quotes and orders,
// ports, a finished report, a webhook registered by another integration, and 120 past events.
// The same seed gives the same data.

const { Collection, INTERNAL } = require('../store');
const { seedFreight } = require('./seed-freight');
const { DAY_MS } = require('./records');

const EVENT_TYPES = [
	'Order.Shipped',
	'Order.Cancelled',
	'Parcel.TrackingUpdated',
	'Return.Updated',
	'Inventory.Adjusted',
	'Inbound.ShipmentStatusChanged',
];

function createDatabase(accountId) {
	return {
		accountId,
		products: new Collection('products', { key: 'logisticsSku' }),
		inventory: new Map(),
		bundles: new Collection('bundles', { key: 'bundleId' }),
		orders: new Collection('orders', { firstId: 100001 }),
		inbounds: new Collection('inbounds', { firstId: 41001 }),
		parcels: new Collection('parcels', { key: 'parcelId' }),
		parcelJobs: new Collection('parcelJobs', { key: 'jobId', firstId: 9001 }),
		returns: new Collection('returns', { firstId: 3001 }),
		freightQuotes: new Collection('freightQuotes', { firstId: 81001 }),
		freightOrders: new Collection('freightOrders', { firstId: 62001 }),
		ports: [],
		reports: new Collection('reports', { key: 'reportReference' }),
		webhooks: new Collection('webhooks', { firstId: 501 }),
		events: new Collection('events'),
		channels: new Map(),
		orderCreations: 0,
	};
}

function seededUuid(random) {
	const hex = () => random.int(0, 15).toString(16);
	const part = (n) => Array.from({ length: n }, hex).join('');
	return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

function seedCatalog(db, { records, random, now }) {
	for (let index = 0; index < 30; index += 1) {
		const product = records.product(
			{
				name: `${['Bamboo', 'Cotton', 'Travel', 'Classic', 'Organic'][index % 5]} item ${index + 1}`,
				merchantSku: `SKU-${1000 + index}`,
			},
			now - (60 - index) * DAY_MS,
		);
		db.products.insert(product);
		const available = index === 0 ? 100000 : index === 1 ? 0 : random.int(20, 900);
		db.inventory.set(product.logisticsSku, records.inventory(product.logisticsSku, available));
	}
	const skus = db.products.all().map((product) => product.logisticsSku);
	for (let index = 0; index < 3; index += 1) {
		db.bundles.insert(
			records.bundle(
				{
					externalBundleId: `BUNDLE-${index + 1}`,
					title: `Starter kit ${index + 1}`,
					sku: `KIT-${index + 1}`,
					bundleContents: [
						{ productId: skus[index + 2], quantity: 1 },
						{ productId: skus[index + 5], quantity: 2 },
					],
				},
				now - 20 * DAY_MS,
			),
		);
	}
	return skus;
}

function seedOrders(db, skus, { records, random, now }) {
	const states = [
		'created',
		'created',
		'created',
		'shipped',
		'shipped',
		'shipped',
		'shipped',
		'delivered',
		'delivered',
		'cancelled',
		'error',
		'created',
	];
	states.forEach((state, index) => {
		const createdAt = now - (12 - index) * DAY_MS;
		const input = {
			externalOrderId: `SHOP-${5000 + index}`,
			address: {
				name: 'Jordan Kim',
				address1: `${100 + index} Market St`,
				city: 'San Francisco',
				provinceCode: 'CA',
				zip: '94105',
				countryCode: 'US',
				phone: '+1 415 555 0100',
			},
			lineItems: [{ logisticsSku: skus[2 + (index % 6)], quantity: 1 + (index % 3) }],
		};
		const order = records.order(input, db.orders.nextId(), createdAt);
		order[INTERNAL] = { createdVia: 'seed' };
		if (state === 'shipped' || state === 'delivered')
			records.shipOrder(order, createdAt + DAY_MS, state === 'delivered');
		if (state === 'cancelled')
			order.state = {
				fulfillmentDelayed: false,
				fulfillmentInProgress: false,
				fulfillmentStatus: 'STOPPED',
				internalStatus: 'CANCELLED',
			};
		if (state === 'error') {
			order.state = {
				fulfillmentDelayed: true,
				fulfillmentInProgress: false,
				fulfillmentStatus: 'STOPPED',
				internalStatus: 'ERROR',
			};
			order.error = {
				code: 1002,
				type: 'STOCKOUT',
				retriable: true,
				message: `Not enough available inventory for ${skus[1]}`,
				lineItemErrors: [{ logisticsSku: skus[1] }],
			};
			order.lineItems = [{ logisticsSku: skus[1], quantity: 1 }];
		}
		db.orders.insert(order);
	});
}

function seedOperations(db, skus, { records, random, now, gen }) {
	const statuses = ['PENDING', 'READY_TO_SHIP', 'IN_TRANSIT', 'COMPLETED'];
	statuses.forEach((status, index) => {
		const inbound = records.inbound(
			{
				from: gen.build('InboundAddress', { countryCode: 'US' }),
				prep: { boxContentLabels: index % 2 === 0 },
				items: [{ logisticsSku: skus[index + 3], quantity: 120 }],
				packages: [
					{
						items: [{ logisticsSku: skus[index + 3], quantity: 120 }],
						numberOfIdenticalPkgs: 1,
						weight: 30,
					},
				],
				shippingPlanExternalId: `PLAN-${index + 1}`,
				shippingPlanName: `Restock ${index + 1}`,
			},
			db.inbounds.nextId(),
		);
		inbound.status = status;
		db.inbounds.insert(inbound);
	});
	for (let index = 0; index < 6; index += 1) {
		const parcel = records.parcel(
			{ serviceLevel: 'STANDARD', customerParcelId: `PCL-${index + 1}` },
			String(310000000 + index),
		);
		parcel[INTERNAL].createdAt = now - index * DAY_MS;
		db.parcels.insert(parcel);
	}
	const returnStatuses = [
		'CREATED',
		'SHIPPED',
		'RECEIVED_FOR_PROCESSING',
		'PROCESSED',
		'CANCELLED',
	];
	for (let index = 0; index < 25; index += 1) {
		const record = records.returnOrder(
			{
				rma: `RMA-${7000 + index}`,
				externalReturnId: `RET-${7000 + index}`,
				returnItems: [{ identifier: skus[index % 10], type: 'LOGISTICS_SKU', quantity: 1 }],
			},
			db.returns.nextId(),
		);
		record.status = returnStatuses[index % returnStatuses.length];
		db.returns.insert(record);
	}
	seedFreight(db, { random, now, gen });
}

function seedPlatform(db, { records, random, now, jobs }) {
	const job = jobs.start('report');
	job.state = 'ready';
	db.reports.insert({
		reportReference: 'rpt_seeded00000001',
		[INTERNAL]: {
			request: { reportType: 'Inventory-Levels_Today' },
			job,
			requestedAt: now - DAY_MS,
		},
	});
	db.webhooks.insert({
		id: db.webhooks.nextId(),
		type: 'Order.Shipped',
		url: 'https://hooks.example.com/flexport/orders',
		method: 'POST',
		authMethod: 'TOKEN',
		tokenHeader: 'X-Hook-Token',
		token: 'other-integration-token',
	});
	const orders = db.orders.all();
	for (let index = 0; index < 120; index += 1) {
		const type = EVENT_TYPES[index % EVENT_TYPES.length];
		const order = orders[index % orders.length];
		const fields = type.startsWith('Order.')
			? { id: order.id, orderId: order.id, externalOrderId: order.externalOrderId }
			: {};
		db.events.insert(
			records.event({
				id: seededUuid(random),
				type,
				time: now - (120 - index) * 6 * 60 * 60 * 1000,
				fields,
			}),
		);
	}
}

/** Creates and seeds the database. `context` = { records, random, gen, jobs, now, accountId }. */
function seedLogistics(context) {
	const db = createDatabase(context.accountId);
	const skus = seedCatalog(db, context);
	seedOrders(db, skus, context);
	seedOperations(db, skus, context);
	seedPlatform(db, context);
	return db;
}

module.exports = { seedLogistics };
