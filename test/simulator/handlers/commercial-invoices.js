'use strict';

// Commercial invoices: create, and update by id or by invoice_number.

const { INTERNAL } = require('../store');
const { money, weight, volume } = require('../shapes');
const { badRequest, notFound } = require('../http-util');
const { buildCommercialInvoiceRecord } = require('../seed-shipments');
const { newOpaqueId, requireRecord } = require('./records');

function commercialInvoiceLineItems(ctx, lineItems, currency) {
	return lineItems.map((line, position) => {
		const product = ctx.db.products.find((candidate) => candidate.sku === line.product_sku);
		if (!product)
			throw badRequest(
				`line_items[${position}].product_sku ${JSON.stringify(line.product_sku)} does not match a product`,
			);
		const asMoney = (value) =>
			value ? money(value.amount || 0, value.currency_code || currency) : null;
		const asWeight = (value) => (value ? weight(value.value, value.unit) : null);
		return {
			_object: '/commercial_invoice_line_item',
			document_line_number: line.document_line_number || position + 1,
			price_per_unit: asMoney(line.price_per_unit),
			first_sale_value: asMoney(line.first_sale_value),
			value: asMoney(line.value),
			net_value: asMoney(line.net_value),
			total_units: line.quantity.value,
			container_number: null,
			purchase_order_number: line.purchase_order_number || null,
			weight: asWeight(line.gross_weight),
			volume: line.volume ? volume(line.volume.value, line.volume.unit) : null,
			net_weight: asWeight(line.net_weight),
			net_net_weight: asWeight(line.net_net_weight),
			manufacturer_address: null,
			manufacturer_name: null,
			product: ctx.links.product(product.id),
			metadata: line.metadata || {},
		};
	});
}

function findShipmentForInvoice(db, body) {
	if (body.shipment_id !== undefined)
		return requireRecord(db.shipments, body.shipment_id, 'shipment_id');
	if (body.shipment_ref !== undefined) {
		// Shipments carry no `ref` in v2; accept the id or a bill number.
		const shipment = db.shipments.find(
			(candidate) =>
				String(candidate.id) === body.shipment_ref ||
				(candidate.ocean_shipment &&
					candidate.ocean_shipment.house_bill_number === body.shipment_ref),
		);
		if (!shipment)
			throw badRequest(
				`shipment_ref ${JSON.stringify(body.shipment_ref)} does not match a shipment`,
			);
		return shipment;
	}
	throw badRequest('one of shipment_id or shipment_ref is required');
}

function createCommercialInvoice(ctx) {
	const { db, body, links } = ctx;
	const shipment = findShipmentForInvoice(db, body);
	const record = buildCommercialInvoiceRecord({
		id: newOpaqueId(),
		invoiceNumber: body.invoice_number,
		shipment,
		lineItems: commercialInvoiceLineItems(ctx, body.line_items, body.currency_code),
		links,
		currency: body.currency_code,
		isRelatedParties: Boolean(body.is_related_parties),
		metadata: body.metadata || {},
	});
	record[INTERNAL].prorationAmount = body.proration_amount;
	record[INTERNAL].manufacturerRefs = body.manufacturer_refs || [];
	return { data: db.commercialInvoices.insert(record) };
}

function applyCommercialInvoiceUpdate(ctx, invoice) {
	const { body } = ctx;
	const currency = body.currency_code || invoice.total_value.currency_code;
	const shipment = ctx.db.shipments.get(invoice.shipment.id);
	const lineItems = body.line_items
		? commercialInvoiceLineItems(ctx, body.line_items, currency)
		: invoice.line_items;
	const rebuilt = buildCommercialInvoiceRecord({
		id: invoice.id,
		invoiceNumber: body.invoice_number || invoice.invoice_number,
		shipment,
		lineItems,
		links: ctx.links,
		currency,
		isRelatedParties:
			body.is_related_parties === undefined ? invoice.is_related_parties : body.is_related_parties,
		metadata: body.metadata || invoice.metadata,
	});
	Object.assign(rebuilt[INTERNAL], invoice[INTERNAL]);
	if (body.proration_amount) rebuilt[INTERNAL].prorationAmount = body.proration_amount;
	if (body.manufacturer_refs) rebuilt[INTERNAL].manufacturerRefs = body.manufacturer_refs;
	return { data: ctx.db.commercialInvoices.insert(rebuilt) };
}

function updateCommercialInvoiceById(ctx) {
	const invoice = ctx.db.commercialInvoices.get(ctx.pathParams.id);
	if (!invoice) throw notFound(`Commercial invoice ${ctx.pathParams.id} not found`);
	return applyCommercialInvoiceUpdate(ctx, invoice);
}

/** PATCH /commercial_invoices has no id in the 2020 spec; identify by invoice_number. */
function updateCommercialInvoiceByNumber(ctx) {
	if (!ctx.body.invoice_number) {
		throw badRequest(
			'PATCH /commercial_invoices needs invoice_number to identify the invoice (or use PATCH /commercial_invoices/:id)',
		);
	}
	const invoice = ctx.db.commercialInvoices.find(
		(candidate) => candidate.invoice_number === ctx.body.invoice_number,
	);
	if (!invoice)
		throw notFound(`Commercial invoice with invoice_number ${ctx.body.invoice_number} not found`);
	return applyCommercialInvoiceUpdate(ctx, invoice);
}

module.exports = {
	createCommercialInvoice,
	updateCommercialInvoiceById,
	updateCommercialInvoiceByNumber,
};
