'use strict';

// The Flexport Logistics API part of the simulator, served by the same server as the freight
// simulator (test/simulator/index.js mounts it): /logistics/api/{version}/... (all 64 operations
// of spec/flexport-logistics-api.yaml), /logistics/downloads/... and /logistics/uploads (files),
// and /__sim/logistics/... (controls). createLogistics() returns { handlerFor, api, close };
// `api` becomes `sim.logistics`. See test/simulator/README.md "Logistics API".

const { FaultInjector } = require('../faults');
const { createRandom } = require('../store');
const { loadLogisticsSpec } = require('./spec');
const { createSettings } = require('./settings');
const { LogisticsTokens } = require('./auth');
const { IdempotencyStore } = require('./idempotency');
const { createGenerator } = require('./generate');
const { createRecords } = require('./records');
const { createJobs } = require('./async-jobs');
const { seedLogistics } = require('./seed');
const { createDeliveries } = require('./deliveries');
const { createPipeline } = require('./pipeline');
const { createDownloadHandler } = require('./downloads');
const { createLogisticsControl } = require('./control');
const { collectFixtures, orderStats, randomFailures } = require('./fixtures');
const { CATALOG_HANDLERS, CATALOG_BODY_SCHEMAS } = require('./handlers-catalog');
const { ORDER_HANDLERS } = require('./handlers-orders');
const { PARCEL_HANDLERS } = require('./handlers-parcels');
const { FREIGHT_HANDLERS } = require('./handlers-freight');
const { INBOUND_HANDLERS } = require('./handlers-inbounds');
const { PLATFORM_HANDLERS, PLATFORM_RELAXATIONS } = require('./handlers-platform');

const LOGISTICS_DEFAULTS = {
	specPath: undefined,
	accountId: '3000187',
	tokenSecret: undefined, // same secret -> same seeded tokens (defaults to the signingKey option)
	limitedTokenMissingScope: 'write_logistics_orders',
	oauthClientId: 'sim-logistics-client',
	oauthRedirectUris: ['https://app.example.com/oauth/callback'],
	settings: {},
};

const HANDLERS = {
	...CATALOG_HANDLERS,
	...ORDER_HANDLERS,
	...PARCEL_HANDLERS,
	...FREIGHT_HANDLERS,
	...INBOUND_HANDLERS,
	...PLATFORM_HANDLERS,
};

function emptyStats() {
	return {
		requests: 0,
		byStatus: {},
		byOperation: {},
		validationFailures: 0,
		faults: {},
		downloads: 0,
	};
}

/** `state` is the freight simulator's (clock, timers, log, options, baseUrl). */
function createLogistics(state, userOptions = {}) {
	const options = { ...LOGISTICS_DEFAULTS, ...userOptions };
	const spec = loadLogisticsSpec(options.specPath);
	const missing = spec.operations.filter((operation) => !HANDLERS[operation.operationId]);
	if (missing.length)
		throw new Error(`No handler for ${missing.map((op) => op.operationId).join(', ')}`);
	const { clock, timers, baseUrl } = state;
	const seed = Number(state.options.seed) || 1;
	const random = createRandom(seed + 7919);
	const settings = createSettings(options.settings);
	const gen = createGenerator({ validator: spec.validator, random, now: clock.now });
	const records = createRecords({
		gen,
		random,
		now: clock.now,
		accountId: options.accountId,
		baseUrl,
	});
	const jobs = createJobs({ clock, settings });
	const db = seedLogistics({
		records,
		random,
		gen,
		jobs,
		now: clock.now(),
		accountId: options.accountId,
	});
	const tokens = new LogisticsTokens({
		allScopes: spec.scopes,
		accountId: options.accountId,
		clock,
		secret: options.tokenSecret ?? state.options.signingKey,
		oauthClientId: options.oauthClientId,
		oauthRedirectUris: options.oauthRedirectUris,
	});
	const full = tokens.create({ label: 'full' });
	const limited = tokens.create({
		label: 'limited',
		scopes: spec.scopes.filter((scope) => scope !== options.limitedTokenMissingScope),
	});
	const readOnly = tokens.create({
		label: 'read-only',
		scopes: spec.scopes.filter((s) => s.startsWith('read_')),
	});
	const faults = new FaultInjector({ random: createRandom(seed + 104729).next });
	const deliveries = createDeliveries({ db, settings, records, clock, timers });
	const context = {
		spec,
		db,
		settings,
		tokens,
		faults,
		clock,
		timers,
		stats: emptyStats(),
		requests: [],
		idempotency: new IdempotencyStore({ clock }),
		handlers: HANDLERS,
		bodySchemas: CATALOG_BODY_SCHEMAS,
		relaxations: PLATFORM_RELAXATIONS,
		versions: () => spec.versions,
		log: state.log,
		delay: (ms) =>
			new Promise((resolve) => {
				const timer = setTimeout(() => {
					timers.delete(timer);
					resolve();
				}, ms);
				timers.add(timer);
			}),
		handlerContext: () => ({
			db,
			records,
			gen,
			random,
			jobs,
			tokens,
			baseUrl,
			settings: settings.get(),
			now: clock.now(),
			emit: (type, fields) => settings.get().autoEvents && deliveries.emit(type, fields),
		}),
	};
	const handleApi = createPipeline(context);
	const handleDownload = createDownloadHandler({ db, clock, stats: context.stats });
	const apiUrl = (version = spec.defaultVersion) => `${baseUrl}/logistics/api/${version}`;
	const connection = {
		baseUrl,
		apiUrl: apiUrl(),
		defaultVersion: spec.defaultVersion,
		versions: spec.versions,
		accessToken: full.token,
		limitedToken: limited.token,
		limitedTokenMissingScope: options.limitedTokenMissingScope,
		readOnlyToken: readOnly.token,
		logisticsAccountId: options.accountId,
		oauthClientId: options.oauthClientId,
		oauthRedirectUri: options.oauthRedirectUris[0],
	};

	const api = {
		...connection,
		connection,
		apiUrl,
		scopes: spec.scopes,
		fixtures: collectFixtures(db),
		db,
		get requests() {
			return context.requests;
		},
		operationsServed: () => spec.operations.filter((op) => HANDLERS[op.operationId]).length,
		operationCount: spec.operations.length,
		stats: () => ({
			...JSON.parse(JSON.stringify(context.stats)),
			idempotency: { ...context.idempotency.stats },
		}),
		resetStats: () => {
			Object.assign(context.stats, emptyStats());
			context.requests.length = 0;
			context.idempotency.resetStats();
			deliveries.clear();
		},
		orderStats: () => orderStats(db),
		setFaults: (changes) => faults.set(changes),
		getFaults: () => faults.snapshot(),
		clearFaults: () => faults.clear(),
		injectRandomFailures: (spread) => faults.set(randomFailures(spread)),
		setSettings: (changes) => settings.set(changes),
		getSettings: () => settings.snapshot(),
		resetSettings: () => settings.reset(),
		freeze: (frozen = true) => settings.set({ frozen }),
		createToken: (request) => tokens.create(request),
		revokeToken: (which) => tokens.revoke(which),
		listTokens: () => tokens.list(),
		emitEvent: (type, fields, emitOptions) => deliveries.emit(type, fields, emitOptions),
		redeliver: (logisticsEventId) => deliveries.redeliver(logisticsEventId),
		deliveries: () => deliveries.attempts(),
		waitForDeliveries: (predicate, waitOptions) => deliveries.waitFor(predicate, waitOptions),
		setInventory: (logisticsSku, available) => {
			const inventory = db.inventory.get(logisticsSku);
			if (!inventory) throw new Error(`No product ${logisticsSku}`);
			if (!Number.isInteger(available) || available < 0)
				throw new Error('available must be a whole number >= 0');
			Object.assign(inventory, { available, onHand: available + inventory.unavailable });
			return inventory;
		},
	};
	const handleControl = createLogisticsControl(api);

	return {
		api,
		/** The handler for a request path, or null when it is not the Logistics simulator's. */
		handlerFor(pathname) {
			if (pathname.startsWith('/__sim/logistics/')) return handleControl;
			if (pathname.startsWith('/logistics/downloads/') || pathname === '/logistics/uploads')
				return handleDownload;
			if (pathname.startsWith('/logistics/')) return handleApi;
			return null;
		},
		close: () => deliveries.close(),
	};
}

module.exports = { createLogistics, LOGISTICS_DEFAULTS };
