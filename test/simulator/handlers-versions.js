'use strict';

// Handlers of the operations spec-versions.js adds (POST /tracking and POST /purchase_orders of
// v3, GET /commercial_invoices/{invoice_number} of the dated versions), and the v3 shapes of 2020
// responses that spec/flexport-api-versions.md documents (§2.9: purchase-order line items with a
// `line_item_product`, `origin_location`, assigned party, line type and measurements).

const { loadSpec } = require('./openapi');
const { INTERNAL, isoDate, isoDateTime } = require('./store');
const { badRequest, notFound } = require('./http-util');
const { fromSchema } = require('./seed-schema');
const { companySummary } = require('./seed');

const schemas = () => loadSpec().doc.components.schemas;

const CONTAINER_NUMBER = /^[A-Z]{4}\d{7}$/;
const COUNTRY_CODES = {
	China: 'CN',
	Vietnam: 'VN',
	India: 'IN',
	Taiwan: 'TW',
	Mexico: 'MX',
	'United States': 'US',
	Germany: 'DE',
	Bangladesh: 'BD',
	Indonesia: 'ID',
	Thailand: 'TH',
};

// ------------------------------------------------------------- tracking --

function createTracking(ctx) {
	const { db, body } = ctx;
	body.container_numbers.forEach((number, index) => {
		if (!CONTAINER_NUMBER.test(number))
			throw badRequest(
				`container_numbers[${index}]: ${JSON.stringify(number)} is not a container number (4 letters and 7 digits, as MSCU1234567)`,
			);
	});
	const id = db.trackings.nextId();
	const record = db.trackings.insert({
		id,
		flex_id: `FLEX-${id}`,
		booking_fid: `BKG-${id}`,
		proposal_fid: `PRP-${id}`,
		[INTERNAL]: { request: body, createdAt: isoDateTime(ctx.now) },
	});
	return {
		data: fromSchema(schemas(), 'V3_TrackingResult', {
			_object: '/tracking',
			flex_id: record.flex_id,
			booking_fid: record.booking_fid,
			proposal_fid: record.proposal_fid,
		}),
	};
}

// ------------------------------------------------------- purchase orders --

const PO_STATUSES = ['open', 'closed', 'cancelled'];

function createPurchaseOrder(ctx) {
	const { db, body, links } = ctx;
	if (typeof body.name !== 'string' || body.name.trim() === '')
		throw badRequest('name: a purchase order needs a name');
	const status = body.status === undefined ? 'open' : body.status;
	if (!PO_STATUSES.includes(status))
		throw badRequest(
			`status: must be one of ${PO_STATUSES.join(', ')}; got ${JSON.stringify(status)}`,
		);
	if (body.parties !== undefined && !Array.isArray(body.parties))
		throw badRequest('parties: must be a list of parties');
	const own = db.companies.get(db.ownCompanyId);
	const id = db.purchaseOrders.nextId();
	const now = isoDateTime(ctx.now);
	const order = fromSchema(schemas(), 'PurchaseOrder', {
		id,
		_object: '/purchase_order',
		name: body.name,
		status,
		buyer: companySummary(own),
		created_at: now,
		updated_at: now,
		cargo_ready_date: body.cargo_ready_date || null,
		must_arrive_date: body.must_arrive_date || null,
		line_items: links.collectionRef(
			'/purchase_orders/line_item',
			`/purchase_order_line_items?f.purchase_order.id=${id}`,
		),
		metadata: body.metadata && !Array.isArray(body.metadata) ? body.metadata : {},
	});
	Object.assign(order, {
		priority: body.priority || 'standard',
		order_class: body.order_class || 'purchase_order',
		parties: body.parties || [],
	});
	order[INTERNAL] = { shipmentIds: [], lineItemIds: [], request: body };
	return { data: db.purchaseOrders.insert(order) };
}

/** §2.9: a v2 purchase-order line item as API version 3 returns it. */
function v3LineItem(db, item) {
	const order = db.purchaseOrders.get(item.purchase_order.id);
	const seller = order && order.seller && db.companies.get(order.seller.id);
	const result = {};
	for (const [key, value] of Object.entries(item)) {
		if (key === 'origin_address') {
			result.origin_location = value;
			continue;
		}
		if (key !== 'product') {
			result[key] = value;
			continue;
		}
		result.product = {
			_object: '/purchase_order/line_item_product',
			sku: value.sku,
			name: value.name,
			product_category: value.product_category,
			color: null,
			country_of_origin: COUNTRY_CODES[value.country_of_origin] || value.country_of_origin,
			dangerous: false,
			ean_ucc_13: null,
			ean_ucc_8: null,
			lot_number: null,
			size: null,
			style: null,
			upc: null,
		};
		result.assigned_party = seller ? seller.entities[0] : null;
		result.line_type = 'main_line';
		result.parent_line_key = null;
		result.measurements = [
			{
				_object: '/line_item_measure',
				measure_type: 'length',
				unit_of_measure: 'EA',
				value: '1.0',
			},
		];
	}
	return result;
}

// ---------------------------------------------------- commercial invoices --

function involvedParty(party) {
	const address = party.address || {};
	return fromSchema(schemas(), 'V3_InvolvedParty20230701', {
		type: party.type,
		name: party.name,
		address_line1: address.street_address || null,
		address_line2: address.street_address2 || null,
		city: address.city || null,
		state_province: address.state || null,
		postal_code: address.zip || null,
		country_code: address.country_code || null,
		external_ref: party.company_entity ? String(party.company_entity.id) : null,
	});
}

const amount = (money) =>
	money ? { amount: Number(money.amount), currency_code: money.currency_code } : null;
const quantity = (value) => (value ? { value: value.value, unit: value.unit } : null);

/** A 2020 commercial invoice as the dated versions return it (no `_object`, flat addresses). */
function datedCommercialInvoice(db, invoice) {
	const shipment = db.shipments.get(invoice.shipment.id);
	const currency = invoice.total_value.currency_code;
	return fromSchema(schemas(), 'V3_CommercialInvoice20230701', {
		invoice_number: invoice.invoice_number,
		involved_parties: invoice.involved_parties.map(involvedParty),
		is_related_parties: invoice.is_related_parties,
		currency_code: currency,
		terms_of_sale: shipment ? shipment.incoterm : null,
		line_items: invoice.line_items.map((line) => {
			const product = line.product && db.products.get(line.product.id);
			return fromSchema(schemas(), 'V3_CommercialInvoiceLineItem20230701', {
				country_of_origin: product ? COUNTRY_CODES[product.country_of_origin] || null : null,
				quantity: { value: line.total_units, unit: 'pcs' },
				net_value: amount(line.net_value),
				value: amount(line.value),
				unit_price: amount(line.price_per_unit),
				first_sale_value: amount(line.first_sale_value),
				gross_weight: quantity(line.weight),
				net_weight: quantity(line.net_weight),
				volume: quantity(line.volume),
				document_line_number: line.document_line_number,
				purchase_order_number: line.purchase_order_number,
				product: product
					? {
							product_sku: product.sku,
							description: product.description,
							product_category: product.product_category,
							product_properties: product.product_properties.map(({ type, value }) => ({
								type,
								value,
							})),
						}
					: null,
			});
		}),
		shipment_id: invoice.shipment.id,
		invoice_date: isoDate(Date.parse(shipment ? shipment.created_date : isoDateTime(0))),
		metadata: invoice.metadata,
	});
}

function commercialInvoiceByNumber(ctx) {
	const number = ctx.pathParams.invoice_number;
	const invoice = ctx.db.commercialInvoices.find(
		(candidate) => candidate.invoice_number === number,
	);
	if (!invoice) throw notFound(`Commercial invoice with invoice number ${number} not found`);
	// The dated sample answers with this endpoint's own version date (spec/flexport-api-versions.md §2.12).
	return { data: datedCommercialInvoice(ctx.db, invoice), version: '2023-05-18' };
}

// ------------------------------------------------------------------ glue --

const VERSIONED_HANDLERS = {
	tracking_create: createTracking,
	purchase_order_create_v3: createPurchaseOrder,
	commercial_invoice_show_by_invoice_number: commercialInvoiceByNumber,
};

/** Under Flexport-Version 3, line items come in their v3 shape. */
function v3Shape(handler) {
	return (ctx) => {
		const result = handler(ctx);
		if (ctx.version !== '3') return result;
		if (result.page)
			return {
				page: { ...result.page, items: result.page.items.map((item) => v3LineItem(ctx.db, item)) },
			};
		return { ...result, data: v3LineItem(ctx.db, result.data) };
	};
}

/** The handler table with the versioned operations and the v3 response shapes. */
function withVersions(handlers) {
	return {
		...handlers,
		...VERSIONED_HANDLERS,
		purchase_order_line_item_index: v3Shape(handlers.purchase_order_line_item_index),
		purchase_order_line_item_show: v3Shape(handlers.purchase_order_line_item_show),
	};
}

module.exports = { withVersions, v3LineItem, datedCommercialInvoice };
