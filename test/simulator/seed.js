'use strict';

// Builds the simulator's seeded world: the caller's company and its network,
// products, purchase orders, then (seed-shipments.js) shipments with everything
// hanging off them, and finally webhook events. Deterministic for a given seed;
// dates are relative to the simulator clock at start-up.

const { Collection, createRandom, DAY_MS, isoDateTime, isoDate, INTERNAL } = require('./store');
const { address, money, portPlace, createLinks } = require('./shapes');
const {
	PARTNERS,
	OWN_COMPANY,
	PRODUCTS,
	PORTS,
	ORIGIN_PORTS,
	DESTINATION_PORTS,
} = require('./reference-data');
const { seedShipments } = require('./seed-shipments');
const { seedEvents } = require('./events');

const FIRST_IDS = {
	companyEntities: 9001,
	products: 84001,
	purchaseOrders: 26001,
	poLineItems: 123001,
	shipments: 200001,
	legs: 948001,
	containers: 283001,
	containerLegs: 731001,
	bookings: 2901,
	bookingLineItems: 1201,
	bookingAmendments: 334001,
	events: 354001,
};

function createDatabase() {
	const collection = (name) => new Collection(name, { firstId: FIRST_IDS[name] || 1 });
	return {
		companies: collection('companies'),
		companyEntities: collection('companyEntities'),
		contacts: collection('contacts'),
		locations: collection('locations'),
		products: collection('products'),
		purchaseOrders: collection('purchaseOrders'),
		poLineItems: collection('poLineItems'),
		shipments: collection('shipments'),
		legs: collection('legs'),
		containers: collection('containers'),
		containerLegs: collection('containerLegs'),
		bookings: collection('bookings'),
		bookingLineItems: collection('bookingLineItems'),
		bookingAmendments: collection('bookingAmendments'),
		customsEntries: collection('customsEntries'),
		commercialInvoices: collection('commercialInvoices'),
		documents: collection('documents'),
		invoices: collection('invoices'),
		events: collection('events'),
		trackings: collection('trackings'), // POST /tracking (v3)
		ports: [],
		documentFiles: new Map(), // document id -> { bytes, mimeType, fileName }
		ownCompanyId: null,
	};
}

/** Seeds a fresh database. `now` is simulator time in ms. */
function seedDatabase({ seed = 1, baseUrl, now }) {
	const rng = createRandom(seed);
	const links = createLinks(baseUrl);
	const db = createDatabase();
	const context = { db, rng, links, now };
	seedNetwork(context);
	seedProducts(context);
	seedPurchaseOrders(context);
	seedShipments(context);
	seedEvents(context, 50);
	db.ports = PORTS.map((port) => portPlace(port.unlocode));
	return db;
}

// ---------------------------------------------------------------- network --

function entityFields(fields) {
	return {
		street: fields.street,
		street2: fields.street2,
		city: fields.city,
		state: fields.state,
		country: fields.country,
		countryCode: fields.countryCode,
		zip: fields.zip,
		unlocode: fields.unlocode,
		timezone: fields.timezone,
	};
}

function buildCompanyEntity(id, fields, rng) {
	return {
		_object: '/company_entity',
		id,
		name: fields.name,
		ref: fields.ref,
		mailing_address: address(entityFields(fields)),
		vat_numbers: fields.vatPrefix
			? [
					{
						_object: '/company_entity/vat_number',
						country_code: fields.vatPrefix,
						number: `${fields.vatPrefix} ${rng.digits(9)}`,
					},
				]
			: [],
	};
}

function buildCompany(id, { name, ref, entities }, links) {
	return {
		_object: '/network/company',
		id,
		metadata: {},
		name,
		ref: ref || null,
		editable: true,
		entities,
		locations: links.collectionRef('/network/location', `/network/locations?f.company.id=${id}`),
		contacts: links.collectionRef('/network/contact', `/network/contacts?f.company.id=${id}`),
	};
}

function buildLocation(id, fields, companyId, links) {
	return {
		_object: '/network/location',
		id,
		metadata: fields.metadata || {},
		name: fields.name,
		address: address({ ...entityFields(fields), ref: fields.ref }),
		editable: true,
		company: links.company(companyId),
		contacts: links.collectionRef('/network/contact', `/network/contacts?f.location.id=${id}`),
		ref: fields.ref || null,
		[INTERNAL]: { companyId, contactIds: fields.contactIds || [] },
	};
}

function buildContact(id, { name, email, phoneNumber }, companyId, links) {
	return {
		_object: '/network/contact',
		id,
		name,
		email,
		phone_number: phoneNumber,
		locations: links.collectionRef('/network/location', `/network/locations?f.contact.id=${id}`),
		company: links.company(companyId),
		[INTERNAL]: { companyId },
	};
}

const FIRST_NAMES = [
	'Wei',
	'Linh',
	'Min-jun',
	'Priya',
	'Anna',
	'Lukas',
	'Maria',
	'James',
	'Chen',
	'Sofia',
	'Arjun',
	'Emma',
];
const LAST_NAMES = [
	'Zhang',
	'Nguyen',
	'Kim',
	'Sharma',
	'de Vries',
	'Schmidt',
	'Garcia',
	'Miller',
	'Lin',
	'Rossi',
	'Patel',
	'Brown',
];

function addContacts(context, company, count, locationIds) {
	const { db, rng, links } = context;
	const domain = `${(company.ref || 'example').replace(/_/g, '')}.example.com`;
	for (let i = 0; i < count; i += 1) {
		const first = rng.pick(FIRST_NAMES);
		const last = rng.pick(LAST_NAMES);
		const contact = buildContact(
			rng.opaqueId(),
			{
				name: `${first} ${last}`,
				email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}`,
				phoneNumber: `+1-555-${rng.digits(3)}-${rng.digits(4)}`,
			},
			company.id,
			links,
		);
		db.contacts.insert(contact);
		for (const locationId of locationIds)
			db.locations.get(locationId)[INTERNAL].contactIds.push(contact.id);
	}
}

function seedNetwork(context) {
	const { db, rng, links } = context;
	const own = buildCompany(
		rng.opaqueId(),
		{ name: OWN_COMPANY.name, ref: OWN_COMPANY.ref, entities: [] },
		links,
	);
	for (const fields of OWN_COMPANY.entities) {
		own.entities.push(
			db.companyEntities.insert(buildCompanyEntity(db.companyEntities.nextId(), fields, rng)),
		);
	}
	db.companies.insert(own);
	db.ownCompanyId = own.id;
	const ownLocationIds = OWN_COMPANY.locations.map(
		(fields) =>
			db.locations.insert(
				buildLocation(
					rng.opaqueId(),
					{ ...fields, metadata: { region: [fields.countryCode === 'US' ? 'NA' : 'EU'] } },
					own.id,
					links,
				),
			).id,
	);
	addContacts(context, own, 3, ownLocationIds);

	for (const partner of PARTNERS) {
		const entity = db.companyEntities.insert(
			buildCompanyEntity(db.companyEntities.nextId(), partner, rng),
		);
		const company = db.companies.insert(
			buildCompany(
				rng.opaqueId(),
				{ name: partner.name, ref: partner.ref, entities: [entity] },
				links,
			),
		);
		company.metadata = { tier: [rng.pick(['strategic', 'preferred', 'approved'])] };
		entity[INTERNAL] = { companyId: company.id };
		const kind = partner.countryCode === 'US' ? 'warehouse' : 'factory';
		const location = db.locations.insert(
			buildLocation(
				rng.opaqueId(),
				{
					...partner,
					name: `${partner.name} ${kind === 'factory' ? 'Factory' : 'Warehouse'}`,
					ref: `${partner.ref}_${kind}`,
				},
				company.id,
				links,
			),
		);
		addContacts(context, company, 2, [location.id]);
	}
	for (const entity of own.entities) entity[INTERNAL] = { companyId: own.id };
}

// --------------------------------------------------------------- products --

function buildProduct(id, fields) {
	return {
		_object: '/product',
		id,
		name: fields.name,
		sku: fields.sku,
		description: fields.description || null,
		archived_at: fields.archivedAt || null,
		product_category: fields.productCategory,
		country_of_origin: fields.countryOfOrigin,
		client_verified: Boolean(fields.clientVerified),
		product_properties: (fields.productProperties || []).map((property) => ({
			_object: '/product/property',
			type: property.type,
			value: property.value,
		})),
		hs_codes: (fields.hsCodes || []).map((code) => ({
			_object: '/hs_code',
			description: fields.name,
			code,
			country_code: 'US',
		})),
		classifications: (fields.classifications || []).map((classification) => ({
			_object: '/product/classification',
			codes: classification.codes,
			region: classification.region,
		})),
		[INTERNAL]: { suppliers: fields.suppliers || [] },
	};
}

const COLORS = ['black', 'white', 'blue', 'red', 'green', 'grey'];

function seedProducts(context) {
	const { db, rng, now } = context;
	PRODUCTS.forEach(([name, category, hsCode, origin], index) => {
		const initials = name
			.split(/\s+/)
			.map((word) => word[0])
			.join('')
			.replace(/[^A-Za-z]/g, '')
			.toUpperCase()
			.slice(0, 4);
		db.products.insert(
			buildProduct(db.products.nextId(), {
				name,
				sku: `${initials}-${1001 + index}`,
				description: `${name} (${category.toLowerCase()})`,
				productCategory: category,
				countryOfOrigin: origin,
				clientVerified: rng.chance(0.7),
				archivedAt: index % 10 === 9 ? isoDateTime(now - rng.int(5, 60) * DAY_MS) : null,
				productProperties: [
					{ type: 'color', value: rng.pick(COLORS) },
					{
						type: 'material',
						value: rng.pick(['plastic', 'steel', 'cotton', 'aluminium', 'ceramic']),
					},
				],
				hsCodes: [hsCode],
				classifications: [{ codes: [hsCode], region: 'US' }],
			}),
		);
	});
}

// -------------------------------------------------------- purchase orders --

function companySummary(company) {
	return { _object: '/network/company', id: company.id, name: company.name, ref: company.ref };
}

function seedPurchaseOrders(context) {
	const { db, rng, links, now } = context;
	const own = db.companies.get(db.ownCompanyId);
	const partners = db.companies.all().filter((company) => company.id !== own.id);
	const products = db.products.all();
	const ownLocations = db.locations
		.all()
		.filter((location) => location[INTERNAL].companyId === own.id);
	for (let i = 0; i < 45; i += 1) {
		const id = db.purchaseOrders.nextId();
		const seller = partners[i % 9]; // the nine overseas suppliers
		const sellerLocation = db.locations.find(
			(location) => location[INTERNAL].companyId === seller.id,
		);
		const destination = rng.pick(ownLocations);
		const createdAt = now - (120 - i * 2) * DAY_MS - rng.int(0, 20) * 3600 * 1000;
		const mode = rng.pick(['ocean', 'ocean', 'ocean', 'air', 'truck']);
		const originPort =
			mode === 'air' ? 'CNPVG' : rng.pick(ORIGIN_PORTS.filter((code) => code !== 'CNPVG'));
		const destinationPort = mode === 'air' ? 'USLAX' : rng.pick(DESTINATION_PORTS.slice(0, 7));
		const order = db.purchaseOrders.insert({
			id,
			_object: '/purchase_order',
			name: `PO-${24000 + i}`,
			status: i % 9 === 8 ? 'cancelled' : i < 15 ? 'closed' : 'open',
			seller: companySummary(seller),
			buyer: companySummary(own),
			incoterm: rng.pick(['FOB', 'FOB', 'EXW', 'FCA', 'CIF']),
			transportation_mode: mode,
			cargo_ready_date: isoDate(createdAt + 20 * DAY_MS),
			must_arrive_date: isoDate(createdAt + 60 * DAY_MS),
			origin_port: portPlace(originPort),
			origin_address: sellerLocation.address,
			destination_port: portPlace(destinationPort),
			destination_address: destination.address,
			memo: rng.chance(0.3) ? 'Please consolidate with other open POs from this supplier.' : null,
			archived_at: i % 15 === 14 ? isoDateTime(createdAt + 90 * DAY_MS) : null,
			created_at: isoDateTime(createdAt),
			updated_at: isoDateTime(createdAt + rng.int(1, 10) * DAY_MS),
			line_items: links.collectionRef(
				'/purchase_orders/line_item',
				`/purchase_order_line_items?f.purchase_order.id=${id}`,
			),
			metadata: { department: [rng.pick(['electronics', 'home', 'apparel', 'outdoor'])] },
			[INTERNAL]: { shipmentIds: [], lineItemIds: [] },
		});
		const lineCount = rng.int(1, 3);
		for (let line = 1; line <= lineCount; line += 1) {
			const product = rng.pick(products);
			const lineItem = db.poLineItems.insert({
				_object: '/purchase_orders/line_item',
				id: db.poLineItems.nextId(),
				purchase_order: links.purchaseOrder(id),
				line_item_number: line,
				item_key: `${order.name}-${line}`,
				product: {
					_object: '/product',
					id: product.id,
					sku: product.sku,
					name: product.name,
					product_category: product.product_category,
					country_of_origin: product.country_of_origin,
				},
				units: rng.int(10, 200) * 10,
				unit_cost: money(rng.float(1.5, 120), 'USD'),
				booking_line_items: null, // set below
				incoterm: order.incoterm,
				transportation_mode: mode,
				unit_of_measure: 'PCS',
				must_arrive_date: order.must_arrive_date,
				origin_port: order.origin_port,
				origin_address: order.origin_address,
				destination_port: order.destination_port,
				destination_address: order.destination_address,
				hs_codes: product.hs_codes,
				metadata: {},
			});
			// Flexport's example links by line item, but /booking_line_items only
			// declares f.purchase_order.id, so link by purchase order.
			lineItem.booking_line_items = links.collectionRef(
				'/purchase_orders/booking_line_item',
				`/booking_line_items?f.purchase_order.id=${id}`,
			);
			order[INTERNAL].lineItemIds.push(lineItem.id);
		}
	}
}

module.exports = {
	seedDatabase,
	createDatabase,
	buildCompanyEntity,
	buildCompany,
	buildLocation,
	buildContact,
	buildProduct,
	companySummary,
	INTERNAL,
};
