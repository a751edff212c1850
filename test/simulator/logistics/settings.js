'use strict';

// The Logistics simulator's switches. Most choose between behaviours the spec leaves open
// (spec/flexport-logistics-api.md "Uncertain points"), so the node can be tested against each.
// setSettings() merges and checks them; an unknown name or value is an error naming it.

const DEFAULT_SETTINGS = {
	// account state
	frozen: false, // every authenticated request answers 423
	billingSetUp: true, // false: 403 outside Products, Webhooks, Reports, Accounts
	parcelsAndReturnsApproved: true, // false: 403 on Parcels and Returns
	// errors
	bodyValidationStatus: 400, // status for a body the schema rejects (400 or 422)
	subCodeField: 'code', // member carrying six-digit sub-codes (407001 ...); null: detail only
	// 'model': 200 OrderModel with `error`; 'problem': 422 with OrderError members
	orderErrorMode: 'model',
	// idempotency (uncertain point 7)
	idempotency: 'all', // 'all' POST/PATCH, 'none', or a list of operationIds
	idempotencyMismatch: 422, // same key, other body: 422 | 409 | 'replay' | 'execute'
	idempotencyTtlMs: 24 * 60 * 60 * 1000,
	// 'allow' or 'reject' (409) a second order with one externalOrderId
	duplicateExternalOrderId: 'allow',
	// pagination (uncertain point 5)
	pageInfoIn: 'link', // events/returns next cursor: 'link' (Link header) | 'body' ({data, <field>})
	pageInfoBodyField: 'next_page_info',
	freightCursorIn: 'lastId', // freight: 'lastId' (no hint) | 'body' (<field> in wrapper) | 'link'
	freightCursorBodyField: 'nextCursor',
	limitOverMax: 'cap', // limit above the documented maximum: 'cap' or 'reject' (400)
	eventsOrder: 'asc', // GET /events order by time: 'asc' | 'desc'
	// response shapes (uncertain points 1, 4)
	emptyResponse: '200', // bodiless successes: '200' (empty) | '204' | '200-json' ({})
	statusOverrides: {}, // operationId -> success status
	trackingUrlFormat: 'json', // get_tracking_url: 'json' ("https://...") | 'text' (text/plain)
	// 'logisticsSkus' (client) | 'logisticsSKUs' (README) | 'either'
	warehouseBodyKey: 'logisticsSkus',
	// webhooks
	webhookTypes: 'any', // 'any' string, or 'documented' types only (422 otherwise)
	webhookSecretsInResponses: 'echo', // token/password in WebhookModel: 'echo' | 'mask' | 'omit'
	allowHttpWebhookUrls: false, // accept http:// loopback URLs (the spec demands https)
	deliverHttpsAsHttp: true, // deliver https://127.0.0.1 URLs over plain http (a TLS proxy)
	// 5 min..1 h / 1000
	webhookRetry: { attempts: 10, firstDelayMs: 300, factor: 2, maxDelayMs: 3600 },
	webhookTimeoutMs: 2000,
	autoEvents: true, // order cancel -> Order.Cancelled, return create/cancel -> Return.Updated
	// async state machines
	// ready after N pending polls or ms
	async: { pendingPolls: 1, readyAfterMs: 60000, outcome: 'success' },
	// report, inboundQuote, inboundPurchase, parcelJob, document, productSync -> partial `async`
	asyncByKind: {},
	asyncPendingStatus: 200, // status of a "still pending" poll: 200 or 202
};

const CHOICES = {
	bodyValidationStatus: [400, 422],
	orderErrorMode: ['model', 'problem'],
	idempotencyMismatch: [422, 409, 'replay', 'execute'],
	duplicateExternalOrderId: ['allow', 'reject'],
	pageInfoIn: ['link', 'body'],
	freightCursorIn: ['lastId', 'body', 'link'],
	limitOverMax: ['cap', 'reject'],
	eventsOrder: ['asc', 'desc'],
	emptyResponse: ['200', '204', '200-json'],
	trackingUrlFormat: ['json', 'text'],
	warehouseBodyKey: ['logisticsSkus', 'logisticsSKUs', 'either'],
	webhookTypes: ['any', 'documented'],
	webhookSecretsInResponses: ['echo', 'mask', 'omit'],
	asyncPendingStatus: [200, 202],
};
const ASYNC_KINDS = [
	'report',
	'inboundQuote',
	'inboundPurchase',
	'parcelJob',
	'document',
	'productSync',
];
const MERGED = ['webhookRetry', 'async'];

function checkSetting(name, value) {
	if (!(name in DEFAULT_SETTINGS))
		throw new Error(
			`Unknown Logistics setting ${name} (known: ${Object.keys(DEFAULT_SETTINGS).join(', ')})`,
		);
	if (CHOICES[name] && !CHOICES[name].includes(value))
		throw new Error(`Setting ${name} must be one of ${CHOICES[name].join(', ')}`);
	if (name === 'idempotency' && !['all', 'none'].includes(value) && !Array.isArray(value))
		throw new Error('Setting idempotency must be all, none or a list of operationIds');
	if (name === 'asyncByKind')
		for (const kind of Object.keys(value || {}))
			if (!ASYNC_KINDS.includes(kind))
				throw new Error(`asyncByKind.${kind}: unknown kind (known: ${ASYNC_KINDS.join(', ')})`);
}

function createSettings(initial = {}) {
	let current = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
	const api = {
		get: () => current,
		snapshot: () => JSON.parse(JSON.stringify(current)),
		set(changes = {}) {
			for (const [name, value] of Object.entries(changes)) checkSetting(name, value);
			for (const [name, value] of Object.entries(changes)) {
				current[name] = MERGED.includes(name) ? { ...current[name], ...value } : value;
			}
			return api.snapshot();
		},
		reset() {
			current = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
			return api.set(initial);
		},
	};
	api.set(initial);
	return api;
}

module.exports = { createSettings, DEFAULT_SETTINGS, ASYNC_KINDS };
