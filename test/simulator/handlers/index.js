'use strict';

// One handler per operationId. A handler gets a context
// { db, links, resources, searchParams, pathParams, body, now, largeCollection }
// and returns { data } (single object), { page } (a list page) or { file }
// (raw bytes); it throws HttpError for 4xx answers. Bodies reaching here have
// already passed OpenAPI validation, so handlers only add business rules.
//
// One module per resource or job in this folder; api.js routes by operationId to this map.

const { withVersions } = require('../handlers-versions');
const { listHandler, showHandler, LARGE_FIRST_ID } = require('./read');
const {
	updateShipment,
	createBooking,
	createBookingAmendment,
	createBookingLineItem,
	carbonCalculation,
} = require('./freight');
const {
	createCommercialInvoice,
	updateCommercialInvoiceById,
	updateCommercialInvoiceByNumber,
} = require('./commercial-invoices');
const {
	ownCompany,
	createCompany,
	updateCompany,
	createCompanyEntity,
	updateCompanyEntity,
	createContact,
	updateContact,
	createLocation,
	updateLocation,
} = require('./network');
const { createProduct, updateProduct } = require('./products');
const { createDocument, downloadDocument } = require('./documents');

const HANDLERS = {
	booking_amendment_create: createBookingAmendment,
	booking_line_item_index: listHandler('bookingLineItems'),
	booking_line_item_create: createBookingLineItem,
	booking_line_item_show: showHandler('bookingLineItems'),
	bookings_index: listHandler('bookings'),
	booking_create: createBooking,
	booking_show: showHandler('bookings'),
	carbon_calculation_create: carbonCalculation,
	commercial_invoices_index: listHandler('commercialInvoices'),
	commercial_invoices_create: createCommercialInvoice,
	commercial_invoices_update: updateCommercialInvoiceByNumber,
	commercial_invoices_update_by_id: updateCommercialInvoiceById,
	commercial_invoices_show: showHandler('commercialInvoices'),
	customs_entry_index: listHandler('customsEntries'),
	customs_entries_show: showHandler('customsEntries'),
	documents_index: listHandler('documents'),
	documents_create: createDocument,
	documents_show: showHandler('documents'),
	documents_download: downloadDocument,
	events_index: listHandler('events'),
	events_show: showHandler('events'),
	invoice_index: listHandler('invoices'),
	invoices_show: showHandler('invoices'),
	network_company_index: listHandler('companies'),
	network_company_create: createCompany,
	network_company_show: showHandler('companies'),
	network_company_update: updateCompany,
	company_entity_index: listHandler('companyEntities'),
	network_company_entity_create: createCompanyEntity,
	network_company_entity_show: showHandler('companyEntities'),
	network_company_entity_update: updateCompanyEntity,
	network_contact_index: listHandler('contacts'),
	network_contact_create: createContact,
	network_contact_show: showHandler('contacts'),
	network_contact_update: updateContact,
	location_index: listHandler('locations'),
	network_location_create: createLocation,
	network_location_show: showHandler('locations'),
	location_update: updateLocation,
	network_company_me: ownCompany,
	ocean_shipment_legs_index: listHandler('containerLegs'),
	ocean_shipment_legs_show: showHandler('containerLegs'),
	container_list: listHandler('containers'),
	container_show: showHandler('containers'),
	ports_index: listHandler('ports'),
	product_index: listHandler('products'),
	product_create: createProduct,
	product_show: showHandler('products'),
	product_update: updateProduct,
	purchase_order_line_item_index: listHandler('poLineItems'),
	purchase_order_line_item_show: showHandler('poLineItems'),
	purchase_order_index: listHandler('purchaseOrders'),
	purchase_order_show: showHandler('purchaseOrders'),
	shipment_leg_index: listHandler('legs'),
	shipment_leg_show: showHandler('legs'),
	shipment_index: listHandler('shipments'),
	shipment_show: showHandler('shipments'),
	shipment_update: updateShipment,
};

module.exports = { HANDLERS: withVersions(HANDLERS), LARGE_FIRST_ID };
