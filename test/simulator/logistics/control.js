'use strict';

// /__sim/logistics/... control endpoints (no auth, no faults), so a process other than the one
// that started the simulator (the e2e suite, npm start, the benchmark) can drive the Logistics
// part. Served by the freight simulator's route-table mechanism (test/simulator/control.js).

const { serveControlRoutes } = require('../control');

const PREFIX = '/__sim/logistics';

function lastOf(url, list) {
	const last = Math.max(0, Math.min(Number(url.searchParams.get('last') || 50), 5000));
	return last ? list.slice(-last) : [];
}

function failure(error) {
	return { status: 400, payload: { error: error.message } };
}

/** Runs `action`; a thrown Error (bad setting, unknown scope ...) becomes a 400 naming it. */
function guarded(action) {
	return (request) => {
		try {
			return action(request);
		} catch (error) {
			return failure(error);
		}
	};
}

function createLogisticsControl(logistics) {
	const routes = {
		[`GET ${PREFIX}/info`]: () => ({ ...logistics.connection, fixtures: logistics.fixtures }),
		[`GET ${PREFIX}/stats`]: ({ url }) => ({
			stats: logistics.stats(),
			orders: logistics.orderStats(),
			requests: lastOf(url, logistics.requests),
		}),
		[`POST ${PREFIX}/reset-stats`]: () => {
			logistics.resetStats();
			return { ok: true };
		},
		[`GET ${PREFIX}/faults`]: () => ({ faults: logistics.getFaults() }),
		[`POST ${PREFIX}/faults`]: ({ body }) => ({ faults: logistics.setFaults(body || {}) }),
		[`DELETE ${PREFIX}/faults`]: () => {
			logistics.clearFaults();
			return { faults: {} };
		},
		[`POST ${PREFIX}/random-failures`]: ({ body }) => ({
			faults: logistics.injectRandomFailures(body || {}),
		}),
		[`GET ${PREFIX}/settings`]: () => ({ settings: logistics.getSettings() }),
		[`POST ${PREFIX}/settings`]: guarded(({ body }) => ({
			settings: logistics.setSettings(body || {}),
		})),
		[`POST ${PREFIX}/settings/reset`]: () => ({ settings: logistics.resetSettings() }),
		[`POST ${PREFIX}/freeze`]: ({ body }) => ({
			settings: logistics.setSettings({ frozen: !body || body.frozen !== false }),
		}),
		[`GET ${PREFIX}/tokens`]: () => ({ tokens: logistics.listTokens() }),
		[`POST ${PREFIX}/tokens`]: guarded(({ body }) => logistics.createToken(body || {})),
		[`POST ${PREFIX}/tokens/revoke`]: ({ body }) => ({
			revoked: logistics.revokeToken(body || {}),
		}),
		[`POST ${PREFIX}/events`]: guarded(({ body }) => {
			if (!body || typeof body.type !== 'string')
				return { status: 400, payload: { error: 'type (string) is required' } };
			const { event, webhookIds } = logistics.emitEvent(body.type, body.fields || {}, {
				deliverNow: body.deliver !== false,
			});
			return { event, webhookIds };
		}),
		[`POST ${PREFIX}/redeliver`]: guarded(({ body }) => {
			const { event, webhookIds } = logistics.redeliver(body && body.logisticsEventId);
			return { event, webhookIds };
		}),
		[`GET ${PREFIX}/deliveries`]: ({ url }) => ({
			deliveries: lastOf(url, logistics.deliveries()),
		}),
		[`GET ${PREFIX}/webhooks`]: () => ({ webhooks: logistics.db.webhooks.all() }),
		[`GET ${PREFIX}/orders/stats`]: () => logistics.orderStats(),
		[`POST ${PREFIX}/inventory`]: guarded(({ body }) => ({
			inventory: logistics.setInventory(body && body.logisticsSku, Number(body && body.available)),
		})),
	};
	return serveControlRoutes(routes);
}

module.exports = { createLogisticsControl };
