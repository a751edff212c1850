'use strict';

// /__sim/ control endpoints, so a process other than the one that started the
// simulator (a benchmark, the demo) can drive it. No auth, no faults.

const { readBody, parseJson, sendJson } = require('./http-util');

function createControlHandler(sim) {
	const routes = {
		'GET /__sim/stats': ({ url }) => {
			const last = Math.max(0, Math.min(Number(url.searchParams.get('last') || 50), 10000));
			return {
				stats: sim.stats(),
				requests: last ? sim.requests.slice(-last) : [],
				tokenRequestLog: last ? sim.tokenRequestLog.slice(-last) : [],
				now: sim.now(),
			};
		},
		'GET /__sim/info': () => ({
			url: sim.url,
			tokenUrl: sim.tokenUrl,
			clientId: sim.clientId,
			audience: sim.audience,
			fixtures: sim.fixtures,
			now: sim.now(),
		}),
		'POST /__sim/reset-stats': () => {
			sim.resetStats();
			return { ok: true };
		},
		'GET /__sim/faults': () => ({ faults: sim.getFaults() }),
		'POST /__sim/faults': ({ body }) => ({ faults: sim.setFaults(body || {}) }),
		'DELETE /__sim/faults': () => {
			sim.clearFaults();
			return { faults: {} };
		},
		'GET /__sim/clock': () => ({ now: sim.now(), iso: new Date(sim.now()).toISOString() }),
		'POST /__sim/clock': ({ body }) => {
			const advanceMs = Number(body && body.advanceMs);
			if (!Number.isFinite(advanceMs))
				return { status: 400, payload: { error: 'advanceMs (number) is required' } };
			sim.advanceClock(advanceMs);
			return { now: sim.now(), iso: new Date(sim.now()).toISOString() };
		},
		'POST /__sim/revoke-tokens': () => {
			sim.revokeTokens();
			return { ok: true };
		},
		'POST /__sim/reset-token-quota': () => {
			sim.resetTokenQuota();
			return { ok: true };
		},
		'POST /__sim/events': ({ body }) => ({ event: sim.addEvent(body || {}) }),
		'POST /__sim/settings': ({ body }) => ({ settings: sim.setSettings(body || {}) }),
		'POST /__sim/webhook': async ({ body }) => {
			if (!body || typeof body.url !== 'string')
				return { status: 400, payload: { error: 'url is required' } };
			const result = await sim.sendWebhook(body.url, body.event, body.options || {});
			return { status: result.status, body: result.body };
		},
	};

	return serveControlRoutes(routes);
}

/** Serves a table of 'METHOD /path' -> handler({ url, body }) routes (JSON in, JSON out). */
function serveControlRoutes(routes) {
	return async function handleControlRequest(req, res, url) {
		const route = routes[`${req.method} ${url.pathname}`];
		if (!route) {
			sendJson(res, 404, {
				error: `Unknown control endpoint ${req.method} ${url.pathname}`,
				endpoints: Object.keys(routes),
			});
			return;
		}
		const raw = await readBody(req);
		const parsed = raw.length ? parseJson(raw) : { value: null };
		if (parsed.error) {
			sendJson(res, 400, { error: `Body is not valid JSON: ${parsed.error}` });
			return;
		}
		try {
			const result = await route({ url, body: parsed.value });
			if (result && result.status && result.payload) sendJson(res, result.status, result.payload);
			else sendJson(res, 200, result);
		} catch (error) {
			sendJson(res, 500, { error: error.message });
		}
	};
}

module.exports = { createControlHandler, serveControlRoutes };
