'use strict';

// Builds the simulator's seeded world: the caller's company and its network
// (seed-network.js), products (seed-products.js), purchase orders
// (seed-purchase-orders.js), then (seed-shipments.js) shipments with everything
// hanging off them, and finally webhook events. Deterministic for a given seed;
// dates are relative to the simulator clock at start-up.

const { Collection, createRandom, INTERNAL } = require('./store');
const { portPlace, createLinks } = require('./shapes');
const { PORTS } = require('./reference-data');
const {
	buildCompanyEntity,
	buildCompany,
	buildLocation,
	buildContact,
	seedNetwork,
} = require('./seed-network');
const { buildProduct, seedProducts } = require('./seed-products');
const { companySummary, seedPurchaseOrders } = require('./seed-purchase-orders');
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
