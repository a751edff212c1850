'use strict';

/**
 * Builders and REST helpers for the Logistics trigger e2e tests (Flexport Logistics Trigger:
 * self-registering webhooks; Flexport Logistics Events Trigger: polling GET /events).
 *
 *   const wf = logisticsWebhookWorkflow('name', { webhookId, credential: CRED, parameters: {...} });
 *   await activateByRest(n8n, wf.id)  // POST /rest/workflows/:id/activate {versionId}
 */

const { sleep } = require('./n8n');
const { workflowId } = require('./workflows');

const LOGISTICS_CREDENTIAL_TYPE = 'flexportLogisticsApi';
const LOGISTICS_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportLogisticsTrigger';
const LOGISTICS_EVENTS_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportLogisticsEventsTrigger';

/** A flexportLogisticsApi credential with the simulator's all-scopes token. */
function logisticsCredential({ id, name, sim, accessToken = sim.logistics.accessToken }) {
	return {
		id,
		name,
		type: LOGISTICS_CREDENTIAL_TYPE,
		data: { accessToken, apiVersion: '2024-07', advancedSettings: true, baseUrl: sim.url },
	};
}

function oneTriggerWorkflow(name, id, trigger) {
	const after = {
		id: `${id}-noop`,
		name: 'Received',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [460, 300],
		parameters: {},
	};
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

/** An (inactive) workflow: Flexport Logistics Trigger → No Op. */
function logisticsWebhookWorkflow(
	name,
	{ webhookId, credential, parameters = {}, id = workflowId(name) },
) {
	return oneTriggerWorkflow(name, id, {
		id: `${id}-trigger`,
		name: 'Flexport Logistics Trigger',
		type: LOGISTICS_TRIGGER_TYPE,
		typeVersion: 1,
		position: [240, 300],
		webhookId,
		parameters: { events: [], otherEventTypes: '', options: {}, ...parameters },
		credentials: { [LOGISTICS_CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
	});
}

/** An (inactive) workflow: Flexport Logistics Events Trigger (every minute) → No Op. */
function logisticsEventsWorkflow(name, { credential, parameters = {}, id = workflowId(name) }) {
	return oneTriggerWorkflow(name, id, {
		id: `${id}-trigger`,
		name: 'Flexport Logistics Events Trigger',
		type: LOGISTICS_EVENTS_TRIGGER_TYPE,
		typeVersion: 1,
		position: [240, 300],
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			events: ['*'],
			otherEventTypes: '',
			options: {},
			...parameters,
		},
		credentials: { [LOGISTICS_CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
	});
}

/** Activates (2.x: publishes) a workflow through n8n's REST API, as the editor does; resolves {status, json, text}. */
async function activateByRest(n8n, id) {
	const current = await n8n.rest('GET', `/rest/workflows/${id}`);
	const versionId = (current.json?.data ?? current.json)?.versionId;
	return await n8n.rest('POST', `/rest/workflows/${id}/activate`, { versionId });
}

async function deactivateByRest(n8n, id) {
	return await n8n.rest('POST', `/rest/workflows/${id}/deactivate`, {});
}

/** Requests the simulator's Logistics API logged for one operation. */
function logisticsCalls(sim, operationId) {
	return sim.logistics.requests.filter((request) => request.operationId === operationId);
}

/** The webhooks the simulator holds that deliver to `url`. */
function webhooksAt(sim, url) {
	return sim.logistics.db.webhooks.all().filter((hook) => hook.url === url);
}

/** Polls `predicate` (may be async) until it holds; throws after `timeoutMs` naming `what`. */
async function waitUntil(predicate, timeoutMs, what) {
	const deadline = Date.now() + timeoutMs;
	while (!(await predicate())) {
		if (Date.now() > deadline)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(200);
	}
}

/** Waits until `count` of the simulator's attempts to deliver the event to `url` have ended; resolves them. */
async function deliveriesEnded(sim, url, eventId, count) {
	const ended = (all) =>
		all.filter(
			(attempt) =>
				attempt.logisticsEventId === eventId &&
				attempt.url === url &&
				attempt.outcome !== 'retrying',
		);
	await sim.logistics.waitForDeliveries((all) => ended(all).length >= count, { timeoutMs: 20_000 });
	return ended(sim.logistics.deliveries());
}

/** A hand-made Order.Shipped delivery straight to n8n; resolves {status, text}. */
async function forgedDelivery(url, headers) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify({
			logisticsAccountId: 'acct-e2e',
			logisticsEventId: `forged-${Date.now()}`,
			logisticsEventType: 'Order.Shipped',
			logisticsEventTime: new Date().toISOString(),
		}),
	});
	return { status: res.status, text: await res.text() };
}

module.exports = {
	waitUntil,
	deliveriesEnded,
	forgedDelivery,
	LOGISTICS_CREDENTIAL_TYPE,
	LOGISTICS_TRIGGER_TYPE,
	LOGISTICS_EVENTS_TRIGGER_TYPE,
	logisticsCredential,
	logisticsWebhookWorkflow,
	logisticsEventsWorkflow,
	activateByRest,
	deactivateByRest,
	logisticsCalls,
	webhooksAt,
};
