'use strict';

/**
 * Builders and REST helpers for the trigger e2e tests (Flexport Trigger: webhook; Flexport Events
 * Trigger: polling). Workflows are activated through `n8n.activateWorkflow(id)`; executions are
 * read back through n8n's REST API (`n8n.login()` first).
 *
 *   const wf = webhookTriggerWorkflow('hook main', { webhookId, credentials: { secret: CRED }, parameters: {...} });
 *   const url = productionWebhookUrl(n8n, webhookId);  // http://127.0.0.1:<port>/webhook/<webhookId>/webhook
 */

const path = require('path');

const { sleep } = require('./n8n');
const { workflowId, OAUTH_CREDENTIAL_TYPE } = require('./workflows');

const FLEXPORT_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportTrigger';
const FLEXPORT_EVENTS_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportEventsTrigger';
const WEBHOOK_SECRET_CREDENTIAL_TYPE = 'flexportWebhookSecretApi';
/** The path the Flexport Trigger declares for its webhook (description.webhooks[0].path). */
const TRIGGER_WEBHOOK_PATH = 'webhook';

/** A flexportWebhookSecretApi credential. */
function webhookSecretCredential({ id, name, secret }) {
	return { id, name, type: WEBHOOK_SECRET_CREDENTIAL_TYPE, data: { secret } };
}

const noOp = (name = 'Received') => ({
	id: `${name.replace(/\W/g, '')}-node`,
	name,
	type: 'n8n-nodes-base.noOp',
	typeVersion: 1,
	position: [460, 300],
	parameters: {},
});

/**
 * An (inactive) workflow: Flexport Trigger → No Op. `secretCredential` is {id, name} of a
 * flexportWebhookSecretApi; `apiCredential` ({id, name} of a flexportOAuth2Api) is attached when
 * parameters.resolveResource is true.
 */
function webhookTriggerWorkflow(
	name,
	{ webhookId, secretCredential, apiCredential, parameters = {}, id = workflowId(name) },
) {
	const trigger = {
		id: `${id}-trigger`,
		name: 'Flexport Trigger',
		type: FLEXPORT_TRIGGER_TYPE,
		typeVersion: 1,
		position: [240, 300],
		webhookId,
		parameters: {
			events: ['*'],
			otherEventTypes: '',
			resolveResource: false,
			options: {},
			...parameters,
		},
		credentials: {
			[WEBHOOK_SECRET_CREDENTIAL_TYPE]: { id: secretCredential.id, name: secretCredential.name },
			...(apiCredential
				? { [OAUTH_CREDENTIAL_TYPE]: { id: apiCredential.id, name: apiCredential.name } }
				: {}),
		},
	};
	const after = noOp();
	return {
		id,
		name,
		active: false,
		nodes: [trigger, after],
		connections: { [trigger.name]: { main: [[{ node: after.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** An (inactive) workflow: Flexport Events Trigger (polling every minute, OAuth2) → No Op. */
function eventsTriggerWorkflow(name, { apiCredential, parameters = {}, id = workflowId(name) }) {
	const trigger = {
		id: `${id}-trigger`,
		name: 'Flexport Events Trigger',
		type: FLEXPORT_EVENTS_TRIGGER_TYPE,
		typeVersion: 1,
		position: [240, 300],
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			authentication: 'oAuth2',
			events: ['*'],
			otherEventTypes: '',
			options: {},
			...parameters,
		},
		credentials: { [OAUTH_CREDENTIAL_TYPE]: { id: apiCredential.id, name: apiCredential.name } },
	};
	const after = noOp();
	return {
		id,
		name,
		active: false,
		nodes: [trigger, after],
		connections: { [trigger.name]: { main: [[{ node: after.name, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** n8n's production path for a node with a webhookId: <webhookId>/<description path> (NodeHelpers.getNodeWebhookPath). */
function triggerWebhookPath(webhookId) {
	return `${webhookId}/${TRIGGER_WEBHOOK_PATH}`;
}

function productionWebhookUrl(n8n, webhookId) {
	return `${n8n.requireServer().baseUrl}/webhook/${triggerWebhookPath(webhookId)}`;
}

/** Executions of one workflow (newest first) from GET /rest/executions. */
async function listExecutions(n8n, wfId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: wfId }));
	const res = await n8n.rest('GET', `/rest/executions?filter=${filter}&limit=100`);
	if (res.status !== 200)
		throw new Error(`GET /rest/executions: HTTP ${res.status} ${res.text.slice(0, 300)}`);
	const data = res.json?.data ?? res.json;
	const results = data?.results;
	if (!Array.isArray(results))
		throw new Error(`GET /rest/executions: unexpected answer ${res.text.slice(0, 300)}`);
	return results.filter((execution) => String(execution.workflowId) === String(wfId));
}

const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

/**
 * Polls the execution list until `predicate(executions)` holds or the time is up; resolves the
 * last list either way (the caller asserts).
 */
async function waitForExecutions(
	n8n,
	wfId,
	predicate,
	{ timeoutMs = 20_000, intervalMs = 300 } = {},
) {
	const deadline = Date.now() + timeoutMs;
	let list = await listExecutions(n8n, wfId);
	while (!predicate(list) && Date.now() < deadline) {
		await sleep(intervalMs);
		list = await listExecutions(n8n, wfId);
	}
	return list;
}

/** Waits until at least `count` executions exist and all of them have finished. */
function waitForFinished(n8n, wfId, count, options) {
	return waitForExecutions(
		n8n,
		wfId,
		(list) => list.length >= count && list.every((e) => FINISHED.has(e.status)),
		options,
	);
}

/** n8n's `flatted` (execution data is stored flatted), from the n8n install the tests run. */
function flattedFor(n8n) {
	const candidates = [
		path.join(n8n.rt.host, 'node_modules', 'flatted'),
		path.join(n8n.rt.host, 'node_modules', 'n8n', 'node_modules', 'flatted'),
	];
	for (const candidate of candidates) {
		try {
			return require(candidate);
		} catch {
			/* next */
		}
	}
	throw new Error(`flatted not found under ${n8n.rt.host}`);
}

/**
 * One execution with its run data: resolves {execution, run, text, items(nodeName)} where `text`
 * is the raw REST answer (for the leak check).
 */
async function getExecution(n8n, executionId) {
	const res = await n8n.rest('GET', `/rest/executions/${executionId}`);
	if (res.status !== 200)
		throw new Error(
			`GET /rest/executions/${executionId}: HTTP ${res.status} ${res.text.slice(0, 300)}`,
		);
	const execution = res.json?.data ?? res.json;
	let run = execution.data;
	if (typeof run === 'string') run = flattedFor(n8n).parse(run);
	const items = (nodeName) => {
		const runs = run?.resultData?.runData?.[nodeName];
		if (!runs || runs.length === 0) return undefined;
		const main = runs[runs.length - 1]?.data?.main?.[0];
		return main ? main.map((item) => item.json) : [];
	};
	return { execution, run, text: res.text, items };
}

/** Requests the simulator logged for GET /events (path may carry the query). */
function eventsRequests(sim) {
	return (sim.requests || []).filter(
		(r) => r.method === 'GET' && /^\/events(\?|$)/.test(r.path || r.url || ''),
	);
}

module.exports = {
	FLEXPORT_TRIGGER_TYPE,
	FLEXPORT_EVENTS_TRIGGER_TYPE,
	WEBHOOK_SECRET_CREDENTIAL_TYPE,
	webhookSecretCredential,
	webhookTriggerWorkflow,
	eventsTriggerWorkflow,
	triggerWebhookPath,
	productionWebhookUrl,
	listExecutions,
	waitForExecutions,
	waitForFinished,
	getExecution,
	eventsRequests,
	FINISHED,
};
