'use strict';

// Orders (fulfilment) and Returns operations. An order whose stock or address is wrong gets an
// OrderError: on the stored order (`orderErrorMode: 'model'`) or as a 422 problem whose members
// are the OrderError's (`'problem'`). Cancelling an order or changing a return emits the
// matching event when `autoEvents` is on.

const { INTERNAL } = require('../store');
const { requireFound, Problem, unprocessable, conflict } = require('./problem');
const { pageInfoList } = require('./pagination');
const { DAY_MS } = require('./records');

const ORDER_ERROR_CODES = { STOCKOUT: 1002, BAD_ADDRESS: 1001 };

function findOrder(db, orderId) {
	return requireFound(db.orders.get(orderId), `Order ${orderId}`);
}

function findReturn(db, returnId) {
	return requireFound(db.returns.get(returnId), `Return ${returnId}`);
}

/** The OrderError an order input deserves, or null. Unknown SKUs are plain 422s. */
function orderError(db, body) {
	body.lineItems.forEach((item, index) => {
		if (!db.products.get(item.logisticsSku))
			throw unprocessable(
				`body.lineItems[${index}].logisticsSku: no product ${item.logisticsSku} in this account`,
			);
	});
	const { address } = body;
	if (!/^[A-Z]{2}$/.test(address.countryCode) || /^\s*$/.test(address.city))
		return {
			code: ORDER_ERROR_CODES.BAD_ADDRESS,
			type: 'BAD_ADDRESS',
			retriable: false,
			message: 'The destination address could not be validated',
			lineItemErrors: [],
		};
	const short = body.lineItems.filter(
		(item) => db.inventory.get(item.logisticsSku).available < item.quantity,
	);
	if (!short.length) return null;
	return {
		code: ORDER_ERROR_CODES.STOCKOUT,
		type: 'STOCKOUT',
		retriable: true,
		message: `Not enough available inventory for ${short.map((item) => item.logisticsSku).join(', ')}`,
		lineItemErrors: short.map((item) => ({ logisticsSku: item.logisticsSku })),
	};
}

function adjustInventory(db, lineItems, sign) {
	for (const item of lineItems) {
		const inventory = db.inventory.get(item.logisticsSku);
		if (!inventory) continue;
		inventory.available -= sign * item.quantity;
		inventory.unavailable += sign * item.quantity;
	}
}

function orderEventFields(order) {
	return { id: order.id, orderId: order.id, externalOrderId: order.externalOrderId };
}

const RETURN_FILTERS = ['externalReturnId', 'rma', 'trackingCode', 'status'];

function matchesReturn(record, filters) {
	if (filters.externalReturnId && record.externalReturnId !== filters.externalReturnId)
		return false;
	if (filters.rma && record.rma !== filters.rma) return false;
	if (filters.trackingCode && record.shippingLabel.trackingCode !== filters.trackingCode)
		return false;
	if (filters.status && filters.status.length && !filters.status.includes(record.status))
		return false;
	return true;
}

const ORDER_HANDLERS = {
	create_order202307: ({ db, body, records, settings, now }) => {
		if (
			settings.duplicateExternalOrderId === 'reject' &&
			db.orders.find((order) => order.externalOrderId === body.externalOrderId)
		)
			throw conflict(`An order with externalOrderId ${body.externalOrderId} already exists`);
		const error = orderError(db, body);
		if (error && settings.orderErrorMode === 'problem')
			throw new Problem(422, error.message, { title: 'Order error', extra: error });
		const order = records.order(body, db.orders.nextId(), now);
		order[INTERNAL] = { createdVia: 'api' };
		if (error) {
			order.error = error;
			order.state = {
				fulfillmentDelayed: false,
				fulfillmentInProgress: false,
				fulfillmentStatus: 'STOPPED',
				internalStatus: 'ERROR',
			};
		} else {
			adjustInventory(db, order.lineItems, 1);
		}
		db.orders.insert(order);
		db.orderCreations += 1;
		return { body: order };
	},

	get_order_by_external_id: ({ db, pathParams }) => {
		const order = requireFound(
			db.orders.find((item) => item.externalOrderId === pathParams.externalOrderId),
			`Order with externalOrderId ${pathParams.externalOrderId}`,
		);
		return { body: order };
	},

	get_order: ({ db, pathParams }) => ({ body: findOrder(db, pathParams.orderId) }),

	cancel_order: ({ db, pathParams, now, emit }) => {
		const order = findOrder(db, pathParams.orderId);
		const status = order.state.internalStatus;
		if (status === 'SHIPPED' || status === 'DELIVERED')
			throw unprocessable(`Order ${order.id} has already shipped and cannot be cancelled`);
		if (status === 'CANCELLED') return { body: order };
		if (status !== 'ERROR') adjustInventory(db, order.lineItems, -1);
		order.state = {
			fulfillmentDelayed: false,
			fulfillmentInProgress: false,
			fulfillmentStatus: 'STOPPED',
			internalStatus: 'CANCELLED',
		};
		order.updatedAt = new Date(now).toISOString();
		emit('Order.Cancelled', orderEventFields(order));
		return { body: order };
	},

	retry_order: ({ db, pathParams, now }) => {
		const order = findOrder(db, pathParams.orderId);
		if (order.state.internalStatus !== 'CANCELLED')
			throw unprocessable(
				`Invalid order status: only a cancelled order can be retried (order ${order.id} is ${order.state.internalStatus})`,
				{ subCode: 407001 },
			);
		const error = orderError(db, order);
		if (error) {
			order.error = error;
			order.state.internalStatus = 'ERROR';
		} else {
			delete order.error;
			adjustInventory(db, order.lineItems, 1);
			order.state = {
				fulfillmentDelayed: false,
				fulfillmentInProgress: true,
				fulfillmentStatus: 'ROUTING_IN_PROGRESS',
				internalStatus: 'CREATED',
			};
		}
		order.updatedAt = new Date(now).toISOString();
		order.promisedShipByTime = new Date(now + DAY_MS).toISOString();
		return { body: order };
	},

	get_returns: ({ db, query, url, settings }) =>
		pageInfoList(db.returns.all(), {
			filterNames: RETURN_FILTERS,
			matches: matchesReturn,
			query,
			url,
			settings,
			limits: { defaultLimit: 50, maxLimit: 100 },
		}),

	returns_create_order: ({ db, body, records, emit }) => {
		body.returnItems.forEach((item, index) => {
			if (item.type === 'LOGISTICS_SKU' && !db.products.get(item.identifier))
				throw unprocessable(
					`body.returnItems[${index}].identifier: no product ${item.identifier} in this account`,
				);
		});
		if (db.returns.find((record) => record.externalReturnId === body.externalReturnId))
			throw conflict(`A return with externalReturnId ${body.externalReturnId} already exists`);
		const record = db.returns.insert(records.returnOrder(body, db.returns.nextId()));
		emit('Return.Updated', record);
		return { body: record };
	},

	returns_get_order: ({ db, pathParams }) => ({ body: findReturn(db, pathParams.returnId) }),

	returns_cancel_order: ({ db, pathParams, emit }) => {
		const record = findReturn(db, pathParams.returnId);
		if (record.status === 'CANCELLED') return { empty: true };
		if (record.status !== 'CREATED')
			throw unprocessable(`Return ${record.id} is ${record.status} and can no longer be cancelled`);
		record.status = 'CANCELLED';
		record.shippingLabel.trackingStatus = 'CANCELLED';
		emit('Return.Updated', record);
		return { empty: true };
	},
};

module.exports = { ORDER_HANDLERS };
