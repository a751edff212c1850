'use strict';

// One handler per operationId. A handler gets a context
// { db, links, resources, searchParams, pathParams, body, now, largeCollection }
// and returns { data } (single object), { page } (a list page) or { file }
// (raw bytes); it throws HttpError for 4xx answers. Bodies reaching here have
// already passed OpenAPI validation, so handlers only add business rules.

const crypto = require('node:crypto');
const { isoDateTime, INTERNAL } = require('./store');
const { addressFromRequest, money, weight, volume, round } = require('./shapes');
const { badRequest, notFound } = require('./http-util');
const { buildPredicates, sortItems, pagination } = require('./query');
const { buildBooking, findLocationByRef, cargoFromRequest, placeForPort } = require('./bookings');
const { buildCompany, buildLocation, buildContact, buildProduct } = require('./seed');
const { withVersions } = require('./handlers-versions');
const {
	buildDocumentRecord,
	buildCommercialInvoiceRecord,
	buildBookingLineItemRecord,
	syntheticShipment,
} = require('./seed-shipments');

const newOpaqueId = () => crypto.randomBytes(16).toString('base64url').slice(0, 22);

// ------------------------------------------------------------ list / show --

function listHandler(resourceName) {
	return (ctx) => {
		if (resourceName === 'shipments' && ctx.largeCollection) return largeShipmentPage(ctx);
		const resource = ctx.resources[resourceName];
		const predicates = buildPredicates(ctx.searchParams, resource.filters);
		const matching = resource.collection
			.all()
			.filter((item) => predicates.every((predicate) => predicate(item)));
		const sorted = sortItems(
			matching,
			ctx.searchParams.get('sort') || resource.defaultSort,
			ctx.searchParams.get('direction') || resource.defaultDirection,
		);
		const { page, per, offset } = pagination(ctx.searchParams);
		const items = sorted
			.slice(offset, offset + per)
			.map((item) => (resource.listItem ? resource.listItem(item) : item));
		return { page: { items, totalCount: matching.length, page, per } };
	};
}

function showHandler(resourceName) {
	return (ctx) => {
		const { id } = ctx.pathParams;
		const item =
			ctx.resources[resourceName].collection.get(id) ||
			(resourceName === 'shipments' && ctx.largeCollection && largeShipmentById(ctx, id));
		if (!item) throw notFound(`${ctx.resources[resourceName].label} ${id} not found`);
		return { data: item };
	};
}

// ------------------------------------------------------- largeCollection --

const LARGE_FIRST_ID = 10000001;

function largeCollectionContext(ctx) {
	const own = ctx.db.companies.get(ctx.db.ownCompanyId);
	return {
		links: ctx.links,
		now: ctx.startedAt,
		ownEntity: own.entities[0],
		partnerEntities: ctx.db.companyEntities
			.all()
			.filter((entity) => entity[INTERNAL].companyId !== own.id),
		products: ctx.db.products.all(),
		firstId: LARGE_FIRST_ID,
	};
}

/** A page of N synthetic shipments, built on demand (filters are not applied). */
function largeShipmentPage(ctx) {
	const total = ctx.largeCollection;
	const { page, per, offset } = pagination(ctx.searchParams);
	const descending = (ctx.searchParams.get('direction') || 'desc') === 'desc';
	const generator = largeCollectionContext(ctx);
	const items = [];
	for (let position = offset; position < Math.min(offset + per, total); position += 1) {
		const index = descending ? total - 1 - position : position;
		items.push({ ...syntheticShipment(index, generator), _object: '/shipments' });
	}
	return { page: { items, totalCount: total, page, per } };
}

function largeShipmentById(ctx, id) {
	const index = Number(id) - LARGE_FIRST_ID;
	if (!Number.isInteger(index) || index < 0 || index >= ctx.largeCollection) return null;
	return syntheticShipment(index, largeCollectionContext(ctx));
}

// ------------------------------------------------------------- mutations --

function requireRecord(collection, id, what) {
	const record = collection.get(id);
	if (!record) throw badRequest(`${what} ${JSON.stringify(id)} does not exist`);
	return record;
}

function updateShipment(ctx) {
	const shipment = ctx.db.shipments.get(ctx.pathParams.id);
	if (!shipment) throw notFound(`Shipment ${ctx.pathParams.id} not found`);
	if (ctx.body.metadata) {
		const merged = { ...shipment.metadata, ...ctx.body.metadata };
		// A key set to null removes it.
		for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
		shipment.metadata = merged;
	}
	shipment.updated_at = isoDateTime(ctx.now);
	return { data: shipment };
}

function createBooking(ctx) {
	const booking = buildBooking(ctx.body, {
		db: ctx.db,
		links: ctx.links,
		id: 0,
		createdAt: ctx.now,
	});
	booking.id = ctx.db.bookings.nextId();
	return { data: ctx.db.bookings.insert(booking) };
}

function createBookingAmendment(ctx) {
	const { db, body } = ctx;
	requireRecord(db.bookings, body.booking_id, 'booking_id');
	let newOrigin = null;
	if (body.new_origin_address_ref) {
		const location = findLocationByRef(db, body.new_origin_address_ref);
		if (!location)
			throw badRequest(
				`new_origin_address_ref ${JSON.stringify(body.new_origin_address_ref)} does not match a location in your network`,
			);
		newOrigin = location.address;
	}
	const amendment = {
		_object: '/booking_amendment',
		id: db.bookingAmendments.nextId(),
		booking_id: body.booking_id,
		is_pending: true,
		new_name: body.new_name || null,
		new_container_counts: body.new_container_counts
			? { _object: '/container_counts', ...body.new_container_counts }
			: null,
		new_wants_pickup_service:
			body.new_wants_pickup_service === undefined ? null : body.new_wants_pickup_service,
		new_origin_address: newOrigin,
		new_port_of_loading: placeForPort({
			locCode: body.new_origin_port_loc_code,
			cbpCode: body.new_origin_port_us_cbp_port_code,
		}),
		new_port_of_unloading: placeForPort({
			locCode: body.new_destination_port_loc_code,
			cbpCode: body.new_destination_port_us_cbp_port_code,
		}),
		new_cargo_ready_date: body.new_cargo_ready_date || null,
		new_product_descriptions: (body.new_product_descriptions || []).map((item) => ({
			_object: '/booking_amendment_product_description',
			description: item.description,
			description_for_export_customs: item.description_for_export_customs || null,
			hs_code: {
				_object: '/hs_code',
				description: item.description,
				code: item.hs_code,
				country_code: 'US',
			},
		})),
		new_cargo: body.new_cargo ? cargoFromRequest(body.new_cargo) : null,
		new_metadata: body.new_metadata || null,
	};
	return { data: db.bookingAmendments.insert(amendment) };
}

function createBookingLineItem(ctx) {
	const { db, body, links } = ctx;
	const booking = requireRecord(db.bookings, body.booking_id, 'booking_id');
	const lineItem = requireRecord(
		db.poLineItems,
		body.purchase_order_line_item_id,
		'purchase_order_line_item_id',
	);
	if (body.units < 1) throw badRequest('units must be at least 1');
	const record = buildBookingLineItemRecord({
		id: db.bookingLineItems.nextId(),
		booking,
		lineItem,
		units: body.units,
		links,
	});
	return { data: db.bookingLineItems.insert(record) };
}

// kg CO2e per tonne-km, roughly the GLEC default factors.
const EMISSION_FACTORS = { ocean: 0.016, air: 0.602, truck: 0.105, rail: 0.028 };
const DEFAULT_DISTANCE_KM = { ocean: 12000, air: 9000, truck: 800, rail: 2000 };

function carbonCalculation(ctx) {
	const { body } = ctx;
	const mass = body.chargeable_weight || body.weight;
	const tonnes = mass ? (mass.unit === 'lbs' ? mass.value * 0.000453592 : mass.value / 1000) : 1;
	const distanceKm = body.distance
		? body.distance.unit === 'in'
			? body.distance.value * 0.0000254
			: body.distance.value / 100000
		: DEFAULT_DISTANCE_KM[body.transportation_mode];
	const teuFactor = body.teus ? Math.max(Number(body.teus) || 1, 1) : 1;
	const kilograms =
		tonnes *
		distanceKm *
		EMISSION_FACTORS[body.transportation_mode] *
		(body.is_lcl ? 1.2 : 1) *
		teuFactor;
	return {
		data: { _object: '/carbon_calculation', co2e_emissions: weight(round(kilograms, 3), 'kg') },
	};
}

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

// ---------------------------------------------------------------- network --

function ownCompany(ctx) {
	return { data: ctx.db.companies.get(ctx.db.ownCompanyId) };
}

function createCompany(ctx) {
	const company = buildCompany(
		newOpaqueId(),
		{ name: ctx.body.name, ref: ctx.body.ref, entities: [] },
		ctx.links,
	);
	return { data: ctx.db.companies.insert(company) };
}

function updateCompany(ctx) {
	const company = ctx.db.companies.get(ctx.pathParams.id);
	if (!company) throw notFound(`Company ${ctx.pathParams.id} not found`);
	if (ctx.body.name !== undefined) company.name = ctx.body.name;
	if (ctx.body.ref !== undefined) company.ref = ctx.body.ref;
	return { data: company };
}

function companyForCreate(db, body) {
	if (body.company_id !== undefined)
		return requireRecord(db.companies, body.company_id, 'company_id');
	if (body.company_ref !== undefined) {
		const company = db.companies.find((candidate) => candidate.ref === body.company_ref);
		if (!company)
			throw badRequest(`company_ref ${JSON.stringify(body.company_ref)} does not match a company`);
		return company;
	}
	return db.companies.get(db.ownCompanyId);
}

function vatFields(vatNumbers = []) {
	return vatNumbers.map((vat) => ({
		_object: '/company_entity/vat_number',
		country_code: vat.country_code,
		number: vat.number,
	}));
}

function createCompanyEntity(ctx) {
	const { db, body } = ctx;
	const company = companyForCreate(db, body);
	const entity = {
		_object: '/company_entity',
		id: db.companyEntities.nextId(),
		name: body.name,
		ref: body.ref || null,
		mailing_address: addressFromRequest(body.mailing_address),
		vat_numbers: vatFields(body.vat_numbers),
		[INTERNAL]: { companyId: company.id },
	};
	company.entities.push(entity);
	return { data: db.companyEntities.insert(entity) };
}

function updateCompanyEntity(ctx) {
	const entity = ctx.db.companyEntities.get(ctx.pathParams.id);
	if (!entity) throw notFound(`Company entity ${ctx.pathParams.id} not found`);
	const { body } = ctx;
	if (body.name !== undefined) entity.name = body.name;
	if (body.ref !== undefined) entity.ref = body.ref;
	if (body.mailing_address) entity.mailing_address = addressFromRequest(body.mailing_address);
	if (body.vat_numbers) entity.vat_numbers = vatFields(body.vat_numbers);
	return { data: entity };
}

function createContact(ctx) {
	const { db, body, links } = ctx;
	const company = companyForCreate(db, { company_id: body.company_id });
	const contact = buildContact(
		newOpaqueId(),
		{ name: body.name, email: body.email, phoneNumber: body.phone_number },
		company.id,
		links,
	);
	return { data: db.contacts.insert(contact) };
}

function updateContact(ctx) {
	const contact = ctx.db.contacts.get(ctx.pathParams.id);
	if (!contact) throw notFound(`Contact ${ctx.pathParams.id} not found`);
	const { body } = ctx;
	if (body.name !== undefined) contact.name = body.name;
	if (body.email !== undefined) contact.email = body.email;
	if (body.phone_number !== undefined) contact.phone_number = body.phone_number;
	return { data: contact };
}

function checkContactIds(db, contactIds = []) {
	for (const contactId of contactIds) requireRecord(db.contacts, contactId, 'contact_ids entry');
	return contactIds;
}

function createLocation(ctx) {
	const { db, body, links } = ctx;
	const company = requireRecord(db.companies, body.company_id, 'company_id');
	const location = buildLocation(
		newOpaqueId(),
		{
			name: body.name,
			ref: body.ref,
			metadata: body.metadata || {},
			contactIds: checkContactIds(db, body.contact_ids),
		},
		company.id,
		links,
	);
	location.address = { ...addressFromRequest(body.address), ref: body.ref || null };
	return { data: db.locations.insert(location) };
}

function updateLocation(ctx) {
	const { db, body } = ctx;
	const location = db.locations.get(ctx.pathParams.id);
	if (!location) throw notFound(`Location ${ctx.pathParams.id} not found`);
	if (body.name !== undefined) location.name = body.name;
	if (body.ref !== undefined) location.ref = body.ref;
	if (body.address) location.address = { ...addressFromRequest(body.address), ref: location.ref };
	if (body.metadata) location.metadata = body.metadata;
	if (body.contact_ids) location[INTERNAL].contactIds = checkContactIds(db, body.contact_ids);
	return { data: location };
}

// --------------------------------------------------------------- products --

function productFields(body) {
	return {
		name: body.name,
		sku: body.sku,
		description: body.description,
		productCategory: body.product_category,
		countryOfOrigin: body.country_of_origin,
		clientVerified: body.client_verified,
		productProperties: body.product_properties,
		classifications: body.classifications,
		hsCodes: (body.classifications || []).flatMap((classification) => classification.codes),
		suppliers: body.suppliers,
	};
}

function ensureUniqueSku(db, sku, exceptId) {
	const clash = db.products.find((product) => product.sku === sku && product.id !== exceptId);
	if (clash) throw badRequest(`sku ${JSON.stringify(sku)} is already used by product ${clash.id}`);
}

function createProduct(ctx) {
	const { db, body } = ctx;
	ensureUniqueSku(db, body.sku);
	return { data: db.products.insert(buildProduct(db.products.nextId(), productFields(body))) };
}

function updateProduct(ctx) {
	const { db, body } = ctx;
	const product = db.products.get(ctx.pathParams.id);
	if (!product) throw notFound(`Product ${ctx.pathParams.id} not found`);
	if (body.sku !== undefined) ensureUniqueSku(db, body.sku, product.id);
	const current = {
		name: product.name,
		sku: product.sku,
		description: product.description,
		product_category: product.product_category,
		country_of_origin: product.country_of_origin,
		client_verified: product.client_verified,
		product_properties: product.product_properties.map(({ type, value }) => ({ type, value })),
		classifications: product.classifications.map(({ codes, region }) => ({ codes, region })),
		suppliers: product[INTERNAL].suppliers,
	};
	const updated = buildProduct(product.id, {
		...productFields({ ...current, ...body }),
		archivedAt: product.archived_at,
	});
	return { data: db.products.insert(updated) };
}

// -------------------------------------------------------------- documents --

function createDocument(ctx) {
	const { db, body, links } = ctx;
	requireRecord(db.shipments, body.shipment_id, 'shipment_id');
	const bytes = Buffer.from(body.document, 'base64');
	if (bytes.length === 0) throw badRequest('document must contain the base64-encoded file content');
	const id = `FTP-${newOpaqueId()}`;
	db.documentFiles.set(id, { bytes, mimeType: body.mime_type, fileName: body.file_name });
	const record = buildDocumentRecord({
		id,
		fileName: body.file_name,
		documentType: body.document_type,
		memo: body.memo,
		size: bytes.length,
		uploadedAt: isoDateTime(ctx.now),
		shipmentId: body.shipment_id,
		links,
	});
	return { data: db.documents.insert(record) };
}

function downloadDocument(ctx) {
	const { id } = ctx.pathParams;
	const file = ctx.db.documentFiles.get(id);
	if (!ctx.db.documents.get(id) || !file) throw notFound(`Document ${id} not found`);
	return { file };
}

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
