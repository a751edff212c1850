'use strict';

// Flexport API v2 simulator: a real HTTP server on 127.0.0.1 that issues
// OAuth2 tokens, validates every request against Flexport's OpenAPI file,
// serves seeded data in Flexport's envelopes, injects faults and sends signed
// webhooks. See startSimulator() for the public API.

const http = require('node:http');
const { loadSpec } = require('./openapi');
const { TokenAuthority } = require('./auth');
const { FaultInjector } = require('./faults');
const { seedDatabase } = require('./seed');
const { createLinks } = require('./shapes');
const { createResources } = require('./resources');
const { buildEvent } = require('./events');
const { sendWebhook } = require('./webhooks');
const { createApiHandler } = require('./api');
const { createTokenHandler } = require('./token-endpoint');
const { createControlHandler } = require('./control');
const { sendJson, errorEnvelope } = require('./http-util');
const { INTERNAL } = require('./store');
const { createLogistics } = require('./logistics');

const DEFAULTS = {
	port: 0,
	tokenLifetimeSeconds: 86400,
	dailyTokenQuota: 10,
	clientId: 'sim-client-id',
	clientSecret: 'sim-client-secret',
	apiKey: 'sim-legacy-api-key',
	audience: 'https://api.flexport.com',
	issueRefreshTokens: false,
	webhookSecret: 'sim-webhook-secret',
	largeCollection: 0,
	seed: 1,
	quiet: true,
	maxLogEntries: 5000,
	specPath: undefined,
	signingKey: undefined,
};

function emptyStats() {
	return {
		tokenRequests: 0,
		tokensIssued: 0,
		tokenRequestsRejected: 0,
		apiRequests: 0,
		byStatus: {},
		rateLimited: 0,
		validationFailures: 0,
	};
}

/** Simulator clock: real time plus an offset that advanceClock() grows. */
function createClock() {
	let offsetMs = 0;
	return {
		now: () => Date.now() + offsetMs,
		advance: (ms) => {
			offsetMs += ms;
		},
	};
}

function listen(server, port) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve(server.address().port);
		});
	});
}

/** Handy ids and refs from the seeded data, for tests and demos. */
function collectFixtures(db) {
	const own = db.companies.get(db.ownCompanyId);
	const shipments = db.shipments.all();
	const oceanShipment = shipments.find(
		(shipment) =>
			shipment.transportation_mode === 'ocean' && shipment[INTERNAL].containerNumbers.length,
	);
	const partnerEntity = db.companyEntities.find((entity) => entity[INTERNAL].companyId !== own.id);
	const ownLocation = db.locations.find((location) => location[INTERNAL].companyId === own.id);
	const supplierLocation = db.locations.find(
		(location) => location[INTERNAL].companyId === partnerEntity[INTERNAL].companyId,
	);
	const lineItem = db.poLineItems.all()[0];
	const product = db.products.find((candidate) => !candidate.archived_at);
	return {
		ownCompanyId: own.id,
		ownEntityRef: own.entities[0].ref,
		shipperEntityRef: partnerEntity.ref,
		originAddressRef: supplierLocation.ref,
		destinationAddressRef: ownLocation.ref,
		shipmentId: shipments[shipments.length - 1].id,
		oceanShipmentId: oceanShipment.id,
		containerNumber: oceanShipment[INTERNAL].containerNumbers[0],
		bookingId: db.bookings.all()[0].id,
		purchaseOrderId: lineItem.purchase_order.id,
		purchaseOrderLineItemId: lineItem.id,
		productId: product.id,
		productSku: product.sku,
		documentId: db.documents.all()[0].id,
		eventId: db.events.all()[0].id,
		invoiceId: db.invoices.all()[0].id,
		commercialInvoiceId: db.commercialInvoices.all()[0].id,
		customsEntryId: db.customsEntries.all()[0].id,
	};
}

/**
 * Starts a simulator. Options (all optional): port, tokenLifetimeSeconds,
 * dailyTokenQuota, clientId, clientSecret, apiKey, audience,
 * issueRefreshTokens, webhookSecret, largeCollection, seed, quiet,
 * maxLogEntries, specPath, signingKey (tokens signed with it stay valid across restarts).
 */
async function startSimulator(userOptions = {}) {
	const options = { ...DEFAULTS, ...userOptions };
	const clock = createClock();
	const state = {
		options,
		clock,
		spec: loadSpec(options.specPath),
		authority: new TokenAuthority({ clock, ...options }),
		faults: new FaultInjector(),
		stats: emptyStats(),
		requests: [],
		tokenRequestLog: [],
		timers: new Set(),
		largeCollection: Number(options.largeCollection) || 0,
		log: options.quiet ? () => {} : (line) => console.log(`[flexport-sim] ${line}`),
	};

	const sockets = new Set();
	let handleApi;
	let handleToken;
	let handleControl;
	const server = http.createServer((req, res) => {
		let url;
		try {
			// Concatenate rather than resolve, so '//shipments' stays a (wrong) path
			// instead of becoming a host name.
			url = new URL(req.url.startsWith('/') ? `${state.baseUrl}${req.url}` : req.url);
		} catch {
			sendJson(res, 400, errorEnvelope(400, 'bad_request', 'Malformed request target'));
			return;
		}
		let handler = handleApi;
		if (url.pathname.startsWith('/__sim/')) handler = handleControl;
		else if (url.pathname === '/oauth/token') handler = handleToken;
		handler = (state.logistics && state.logistics.handlerFor(url.pathname)) || handler;
		handler(req, res, url).catch((error) => {
			state.log(`unhandled error: ${error.stack || error}`);
			if (!res.headersSent)
				sendJson(res, 500, errorEnvelope(500, 'internal_server_error', 'Simulator internal error'));
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	server.on('clientError', (error, socket) => socket.destroy());

	const port = await listen(server, options.port);
	state.baseUrl = `http://127.0.0.1:${port}`;
	state.startedAt = clock.now();
	state.authority.issuer = `${state.baseUrl}/`;
	state.links = createLinks(state.baseUrl);
	state.db = seedDatabase({ seed: options.seed, baseUrl: state.baseUrl, now: state.startedAt });
	state.resources = createResources(state.db);
	state.logistics = createLogistics(state, options.logistics);

	const sim = {
		url: state.baseUrl,
		tokenUrl: `${state.baseUrl}/oauth/token`,
		clientId: options.clientId,
		clientSecret: options.clientSecret,
		apiKey: options.apiKey,
		audience: options.audience,
		webhookSecret: options.webhookSecret,
		fixtures: collectFixtures(state.db),
		/** The Logistics API part (test/simulator/logistics/index.js): URLs, tokens, controls. */
		logistics: state.logistics.api,
		/** The live data store (internal shape; for advanced test setup). */
		db: state.db,
		get requests() {
			return state.requests;
		},
		get tokenRequestLog() {
			return state.tokenRequestLog;
		},
		stats: () => ({ ...state.stats, byStatus: { ...state.stats.byStatus } }),
		resetStats: () => {
			state.stats = emptyStats();
			state.requests = [];
			state.tokenRequestLog = [];
		},
		setFaults: (faults) => state.faults.set(faults),
		getFaults: () => state.faults.snapshot(),
		clearFaults: () => state.faults.clear(),
		setSettings: (settings = {}) => {
			if ('largeCollection' in settings)
				state.largeCollection = Number(settings.largeCollection) || 0;
			return { largeCollection: state.largeCollection };
		},
		advanceClock: (ms) => clock.advance(Number(ms)),
		now: () => clock.now(),
		revokeTokens: () => state.authority.revokeAll(),
		resetTokenQuota: () => state.authority.resetQuota(),
		addEvent: (partial = {}) => state.db.events.insert(buildEvent(state.db, partial, clock.now())),
		sendWebhook: (targetUrl, event, webhookOptions = {}) => {
			let payload = event;
			if (!payload) payload = state.db.events.all().slice(-1)[0];
			else if (!payload._object) payload = buildEvent(state.db, payload, clock.now());
			return sendWebhook(targetUrl, payload, { secret: options.webhookSecret, ...webhookOptions });
		},
		close: () =>
			new Promise((resolve) => {
				state.logistics.close();
				for (const timer of state.timers) clearTimeout(timer);
				state.timers.clear();
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
				if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
			}),
	};

	handleApi = createApiHandler(state);
	handleToken = createTokenHandler(state);
	handleControl = createControlHandler(sim);
	return sim;
}

module.exports = { startSimulator, DEFAULTS };
