'use strict';

// What tests read about the Logistics data: handy seeded ids, the order count that proves
// "N orders, 0 duplicates", and the fault mix that fails a given share of requests.

const { INTERNAL } = require('../store');

/** Seeded ids and values for tests and demos. */
function collectFixtures(db) {
	const orders = db.orders.all();
	const byStatus = (status) => orders.find((order) => order.state.internalStatus === status);
	const freeQuote = db.freightQuotes.all().find((quote) => quote.status === 'CREATED');
	const freightOrder = db.freightOrders.all()[0];
	const products = db.products.all();
	return {
		logisticsSku: products[0].logisticsSku,
		outOfStockSku: products[1].logisticsSku,
		merchantSku: products[0].merchantSku,
		productCount: products.length,
		bundleId: db.bundles.all()[0].bundleId,
		orderId: byStatus('CREATED').id,
		externalOrderId: byStatus('CREATED').externalOrderId,
		shippedOrderId: byStatus('SHIPPED').id,
		cancelledOrderId: byStatus('CANCELLED').id,
		errorOrderId: byStatus('ERROR').id,
		orderCount: orders.length,
		inboundShipmentId: Number(db.inbounds.all()[0].id),
		parcelId: db.parcels.all()[0].parcelId,
		trackingCode: db.parcels.all()[0].trackingCode,
		returnId: db.returns.all()[0].id,
		returnCount: db.returns.size,
		freightQuoteId: freeQuote.id,
		freightQuoteType: freeQuote.type,
		freightOrderId: freightOrder.id,
		freightOrderCount: db.freightOrders.size,
		freightQuoteCount: db.freightQuotes.size,
		bolId: freightOrder[INTERNAL].customerBolId,
		portId: db.ports[0].id,
		reportReference: db.reports.all()[0].reportReference,
		webhookId: db.webhooks.all()[0].id,
		eventId: db.events.all()[0].id,
		eventCount: db.events.size,
	};
}

/** Orders created through the API: how many, how many distinct externalOrderIds, the duplicates. */
function orderStats(db) {
	const created = db.orders.all().filter((order) => order[INTERNAL].createdVia === 'api');
	const counts = new Map();
	for (const order of created)
		counts.set(order.externalOrderId, (counts.get(order.externalOrderId) || 0) + 1);
	const duplicates = [...counts]
		.filter(([, n]) => n > 1)
		.map(([externalOrderId, n]) => ({ externalOrderId, count: n }));
	return {
		total: db.orders.size,
		created: created.length,
		distinctExternalOrderIds: counts.size,
		duplicateOrders: created.length - counts.size,
		duplicates,
	};
}

/**
 * Faults that together fail `fraction` of matching requests (default 10 %), split evenly
 * between 5xx answers, connection resets and hangs (ended after `hangMs`); `after` (default
 * one half) of them strike after the request was handled, so the work is done and only the
 * answer is lost. `methods` and `pathFilter` narrow them.
 */
function randomFailures({
	fraction = 0.1,
	after = 0.5,
	hangMs = 1500,
	status = 503,
	methods,
	pathFilter,
} = {}) {
	if (!(fraction >= 0 && fraction < 1)) throw new Error('fraction must be >= 0 and < 1');
	// Three independent draws that together hit `fraction` of the requests.
	const each = 1 - (1 - fraction) ** (1 / 3);
	const common = {
		fraction: each,
		after,
		...(methods ? { methods } : {}),
		...(pathFilter ? { pathFilter } : {}),
	};
	return {
		hang: { ...common, ms: hangMs },
		connectionReset: { ...common },
		status5xx: { ...common, status },
	};
}

module.exports = { collectFixtures, orderStats, randomFailures };
