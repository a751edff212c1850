'use strict';

// Reports (generate, then poll until a CSV can be downloaded), webhook registrations, the event
// history (GET /events with page_info cursors) and the partner OAuth flow.

const crypto = require('node:crypto');
const { INTERNAL } = require('../store');
const { requireFound, unprocessable, conflict } = require('./problem');
const { pageInfoList } = require('./pagination');
const { WEBHOOK_PAYLOADS } = require('./records');
const { isLoopbackHttp } = require('./auth');

const URL_LIFETIME_MS = 60 * 60 * 1000;
const EVENT_FILTERS = ['type', 'ids', 'after', 'orderId', 'shipmentId'];

function findReport(db, reference) {
	return requireFound(db.reports.get(reference), `Report ${reference}`);
}

function findWebhook(db, webhookId) {
	return requireFound(db.webhooks.get(webhookId), `Webhook ${webhookId}`);
}

/** WebhookModel as answered, with the stored secrets echoed, masked or left out. */
function presentWebhook(webhook, settings) {
	const mode = settings.webhookSecretsInResponses;
	if (mode === 'echo') return webhook;
	const shown = { ...webhook };
	for (const key of ['token', 'password']) {
		if (shown[key] === undefined) continue;
		if (mode === 'omit') delete shown[key];
		else shown[key] = `****${String(shown[key]).slice(-4)}`;
	}
	return shown;
}

function checkWebhook(db, body, settings) {
	if (settings.webhookTypes === 'documented' && !WEBHOOK_PAYLOADS[body.type])
		throw unprocessable(
			`body.type: ${JSON.stringify(body.type)} is not an event type (known: ${Object.keys(WEBHOOK_PAYLOADS).join(', ')})`,
		);
	const authMethod = body.authMethod || 'NONE';
	const needs = { TOKEN: ['token', 'tokenHeader'], BASIC_AUTH: ['username', 'password'], NONE: [] };
	for (const field of needs[authMethod])
		if (!body[field])
			throw unprocessable(`body.${field}: is required when authMethod is ${authMethod}`);
	if (authMethod === 'TOKEN' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(body.tokenHeader))
		throw unprocessable(
			`body.tokenHeader: ${JSON.stringify(body.tokenHeader)} is not a header name`,
		);
	if (db.webhooks.find((hook) => hook.type === body.type && hook.url === body.url))
		throw conflict(`A webhook for ${body.type} at this URL already exists`);
}

function matchesEvent(event, filters) {
	if (filters.type && event.type !== filters.type) return false;
	if (filters.ids && filters.ids.length && !filters.ids.includes(event.id)) return false;
	if (filters.after && !(Date.parse(event.time) > Date.parse(filters.after))) return false;
	if (filters.orderId && event.payload.orderId !== filters.orderId) return false;
	if (filters.shipmentId && event.payload.shipmentId !== filters.shipmentId) return false;
	return true;
}

/** The validator's one objection the `allowHttpWebhookUrls` switch lifts. */
function relaxWebhookUrl(problems, body, settings) {
	if (!settings.allowHttpWebhookUrls || !body || !isLoopbackHttp(String(body.url))) return problems;
	return problems.filter((problem) => !problem.startsWith('body.url: does not match'));
}

const PLATFORM_HANDLERS = {
	generate_report: ({ db, body, jobs, now }) => {
		if (body.startDate && body.endDate && Date.parse(body.startDate) > Date.parse(body.endDate))
			throw unprocessable('body.endDate: must not be before body.startDate');
		const reportReference = `rpt_${crypto.randomBytes(8).toString('hex')}`;
		db.reports.insert({
			reportReference,
			[INTERNAL]: { request: body, job: jobs.start('report'), requestedAt: now },
		});
		return { body: { reportReference } };
	},

	get_report_status: ({ db, pathParams, jobs, baseUrl, now }) => {
		const report = findReport(db, pathParams.reportReference);
		const state = report[INTERNAL];
		const outcome = jobs.poll(state.job);
		if (outcome === 'pending') return { body: { status: 'PENDING' }, pending: true };
		if (outcome === 'failed')
			return { body: { status: 'ERROR', errorMessage: 'The report could not be generated' } };
		const expiresAt = now + URL_LIFETIME_MS;
		state.signature = state.signature || crypto.randomBytes(12).toString('hex');
		state.urlExpiresAt = expiresAt;
		return {
			body: {
				status: 'SUCCESS',
				url: `${baseUrl}/logistics/downloads/reports/${report.reportReference}.csv?signature=${state.signature}`,
				urlExpiration: new Date(expiresAt).toISOString(),
			},
		};
	},

	get_webhooks: ({ db, settings }) => ({
		body: db.webhooks.all().map((webhook) => presentWebhook(webhook, settings)),
	}),

	create_webhook: ({ db, body, settings }) => {
		checkWebhook(db, body, settings);
		const webhook = { ...body, authMethod: body.authMethod || 'NONE', id: db.webhooks.nextId() };
		db.webhooks.insert(webhook);
		return { body: presentWebhook(webhook, settings) };
	},

	get_webhook: ({ db, pathParams, settings }) => ({
		body: presentWebhook(findWebhook(db, pathParams.webhookId), settings),
	}),

	delete_webhook: ({ db, pathParams }) => {
		findWebhook(db, pathParams.webhookId);
		db.webhooks.items.delete(String(pathParams.webhookId));
		return { empty: true };
	},

	get_events: ({ db, query, url, settings }) =>
		pageInfoList(db.events.all(), {
			filterNames: EVENT_FILTERS,
			matches: matchesEvent,
			sort: (events) => {
				events.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
				if (settings.eventsOrder === 'desc') events.reverse();
			},
			query,
			url,
			settings,
			limits: { defaultLimit: 100, maxLimit: 100 },
		}),

	authorization_redirect: ({ query, tokens }) => ({ redirect: tokens.authorizeRedirect(query) }),

	token_exchange: ({ body, tokens }) => ({ body: tokens.exchangeCode(body) }),
};

const PLATFORM_RELAXATIONS = { create_webhook: relaxWebhookUrl };

module.exports = { PLATFORM_HANDLERS, PLATFORM_RELAXATIONS };
