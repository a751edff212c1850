'use strict';

// Freight: quotes and orders for containers (drayage), pallets (LTL) and trucks (FTL), ports,
// order documents and BOL tracking. An order books a CREATED, unexpired quote of its own mode.

const { INTERNAL } = require('../store');
const { requireFound, unprocessable, conflict } = require('./problem');
const { freightPage } = require('./pagination');
const { DAY_MS, iso } = require('./records');
const { merge } = require('./generate');

const MODE_BY_KIND = { containers: 'DRAYAGE', pallets: 'LTL', trucks: 'FTL' };
const MAX_LTL_PALLETS = 6;
const CANCELLABLE = new Set(['BOOKED', 'PLANNED', 'TENDERED']);
const BOL_STATUS = {
	BOOKED: 'CREATED',
	PLANNED: 'CREATED',
	TENDERED: 'TENDERED',
	IN_PROGRESS: 'IN_TRANSIT',
	COMPLETED: 'DELIVERED',
	CANCELLED: 'CANCELLED',
	ERROR: 'CREATED',
	LOST_DAMAGED: 'IN_TRANSIT',
};

function money(random, min, max) {
	return Math.round(random.float(min, max) * 100) / 100;
}

/** A quote of `mode` for a quote request; LTL beyond six pallets is INELIGIBLE. */
function buildFreightQuote(mode, input, id, { random, now }) {
	const quote = {
		type: mode,
		pickupDetails: input.pickupDetails,
		deliveryDetails: input.deliveryDetails,
		id,
		createdAt: iso(now),
		status: 'CREATED',
		expiresAt: iso(now + 7 * DAY_MS),
	};
	const transitDays = random.int(1, 6);
	if (mode === 'DRAYAGE') {
		quote.drayageQuoteItem = {
			packageCount: input.packageCount || 1,
			packageType: input.packageType || 'PALLETS',
			transitDays,
			totalCost: money(random, 600, 1800),
		};
	} else if (mode === 'LTL') {
		const unitCost = money(random, 90, 220);
		quote.ltlQuoteItem = {
			palletCount: input.palletCount,
			unitCost,
			transitDays,
			totalCost: Math.round(unitCost * input.palletCount * 100) / 100,
		};
		if (input.palletCount > MAX_LTL_PALLETS) quote.status = 'INELIGIBLE';
	} else {
		quote.ftlQuoteItem = {
			palletCount: input.palletCount,
			transitDays,
			totalCost: money(random, 1400, 4200),
			...(input.totalWeight ? { totalWeight: input.totalWeight, weightUnit: 'lb' } : {}),
		};
	}
	return quote;
}

/** A booked order of `mode` for an order request (the quote is already checked). */
function buildFreightOrder(mode, input, id, quote, { random, now }) {
	const cost = (quote.drayageQuoteItem || quote.ltlQuoteItem || quote.ftlQuoteItem).totalCost;
	const customerBolId = `SL${random.digits(7)}`;
	const order = {
		type: mode,
		id,
		quoteId: input.quoteId,
		createdAt: iso(now),
		status: 'BOOKED',
		deliveryDetails: input.deliveryDetails,
	};
	for (const key of ['commodityDescription', 'customerReferenceNumber'])
		if (input[key]) order[key] = input[key];
	if (mode === 'DRAYAGE') {
		order.portId = input.portId;
		order.drayageOrderItem = {
			cost,
			customerBolId,
			masterBolId: input.masterBolId,
			containerId: input.containerId,
			packageType: input.packageType || 'PALLETS',
			packages: input.packages || [],
		};
	} else if (mode === 'LTL') {
		order.pickupDetails = input.pickupDetails;
		order.ltlOrderItem = { cost, customerBolId, pallets: input.pallets };
	} else {
		order.pickupDetails = input.pickupDetails;
		order.ftlOrderItem = {
			cost,
			customerBolId,
			totalWeight: input.totalWeight,
			weightUnit: 'lb',
			palletCount: input.palletCount,
		};
	}
	order[INTERNAL] = { customerBolId };
	return order;
}

function findQuote(db, id) {
	return requireFound(db.freightQuotes.get(id), `Freight quote ${id}`);
}

function findFreightOrder(db, id) {
	return requireFound(db.freightOrders.get(id), `Freight order ${id}`);
}

function bookableQuote(db, body, mode, now) {
	const quote = db.freightQuotes.get(body.quoteId);
	if (!quote) throw unprocessable(`body.quoteId: no freight quote ${body.quoteId}`);
	if (quote.type !== mode)
		throw unprocessable(`body.quoteId: quote ${quote.id} is a ${quote.type} quote, not ${mode}`);
	if (quote.status === 'BOOKED') throw conflict(`Quote ${quote.id} has already been booked`);
	if (quote.status !== 'CREATED')
		throw unprocessable(`body.quoteId: quote ${quote.id} is ${quote.status}`);
	if (Date.parse(quote.expiresAt) < now)
		throw unprocessable(`body.quoteId: quote ${quote.id} expired at ${quote.expiresAt}`);
	return quote;
}

function createQuote(kind) {
	return ({ db, body, random, now }) => {
		const quote = buildFreightQuote(MODE_BY_KIND[kind], body, db.freightQuotes.nextId(), {
			random,
			now,
		});
		return { body: db.freightQuotes.insert(quote) };
	};
}

function createOrder(kind) {
	return ({ db, body, random, now }) => {
		const mode = MODE_BY_KIND[kind];
		if (mode === 'DRAYAGE' && !db.ports.some((port) => port.id === body.portId))
			throw unprocessable(`body.portId: no port ${body.portId} (see GET /freight/ports)`);
		const quote = bookableQuote(db, body, mode, now);
		const order = buildFreightOrder(mode, body, db.freightOrders.nextId(), quote, { random, now });
		quote.status = 'BOOKED';
		return { body: db.freightOrders.insert(order) };
	};
}

function trackingInfo(order, gen, now) {
	const bolStatus = BOL_STATUS[order.status] || 'CREATED';
	const created = Date.parse(order.createdAt);
	const events = [{ occurredAt: order.createdAt, eventType: 'CREATED', bolStatus: 'CREATED' }];
	if (bolStatus === 'IN_TRANSIT' || bolStatus === 'DELIVERED')
		events.push({
			occurredAt: iso(created + DAY_MS),
			eventType: 'PICKED_UP',
			bolStatus: 'IN_TRANSIT',
		});
	if (bolStatus === 'DELIVERED')
		events.push({ occurredAt: iso(created + 4 * DAY_MS), eventType: 'DELIVERED', bolStatus });
	if (bolStatus === 'CANCELLED')
		events.push({ occurredAt: iso(now), eventType: 'CANCELLED', bolStatus });
	// The generated stops and carrier stay the same from one call to the next.
	if (!order[INTERNAL].tracking) order[INTERNAL].tracking = gen.build('FreightTrackingInfo');
	return merge(order[INTERNAL].tracking, {
		bolStatus,
		mode: order.type,
		events,
		updatedAt: events[events.length - 1].occurredAt,
		estimatedDeliveryTime: iso(created + 4 * DAY_MS),
	});
}

const FREIGHT_HANDLERS = {
	get_freight_orders: ({ db, query, url, settings }) => {
		const page = freightPage(db.freightOrders.all(), { query, url, settings, key: 'orders' });
		return { body: page.body, headers: page.headers };
	},
	create_containers_order: createOrder('containers'),
	create_pallets_order: createOrder('pallets'),
	create_trucks_order: createOrder('trucks'),
	get_freight_order: ({ db, pathParams }) => ({ body: findFreightOrder(db, pathParams.orderId) }),
	cancel: ({ db, pathParams, body }) => {
		const order = findFreightOrder(db, pathParams.orderId);
		if (order.status === 'CANCELLED') return { empty: true };
		if (!CANCELLABLE.has(order.status))
			throw unprocessable(`Freight order ${order.id} is ${order.status} and cannot be cancelled`);
		order.status = 'CANCELLED';
		order[INTERNAL].cancellationReason = (body && body.cancellationReason) || null;
		return { empty: true };
	},
	get_order_documents: ({ db, pathParams, baseUrl }) => {
		const order = findFreightOrder(db, pathParams.orderId);
		const types =
			order.type === 'DRAYAGE'
				? ['CUSTOMER_BOL', 'DELIVERY_ORDER']
				: ['CUSTOMER_BOL', 'PALLET_LABELS'];
		return {
			body: {
				documents: types.map((type) => ({
					type,
					url: `${baseUrl}/logistics/downloads/documents/freight-${order.id}-${type.toLowerCase()}.pdf`,
				})),
			},
		};
	},
	get_freight_ports: ({ db }) => ({ body: { ports: db.ports } }),
	get_quotes: ({ db, query, url, settings }) => {
		const page = freightPage(db.freightQuotes.all(), { query, url, settings, key: 'quotes' });
		return { body: page.body, headers: page.headers };
	},
	create_containers_quote: createQuote('containers'),
	create_pallets_quote: createQuote('pallets'),
	create_truck_quote: createQuote('trucks'),
	get_quote: ({ db, pathParams }) => ({ body: findQuote(db, pathParams.quoteId) }),
	get_bol_tracking: ({ db, pathParams, gen, now }) => {
		const order = requireFound(
			db.freightOrders.find((item) => item[INTERNAL].customerBolId === pathParams.bolId),
			`Freight BOL ${pathParams.bolId}`,
		);
		return { body: trackingInfo(order, gen, now) };
	},
};

module.exports = { FREIGHT_HANDLERS, buildFreightQuote, buildFreightOrder };
