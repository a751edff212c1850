'use strict';

/** Small helpers around the Flexport simulator used by the e2e tests. */

/** Calls the simulator's API directly with the legacy API key (costs no token). */
async function simGet(sim, path) {
	const res = await fetch(`${sim.url}${path}`, {
		headers: {
			Authorization: `Bearer ${sim.apiKey}`,
			'Flexport-Version': '2',
			Accept: 'application/json',
		},
	});
	const body = await res.json().catch(() => undefined);
	if (!res.ok) throw new Error(`simulator GET ${path}: HTTP ${res.status}`);
	return body?._object === '/api/response' ? body.data : body;
}

/** A shipment id that exists in the simulator's seed data. */
async function firstShipmentId(sim) {
	if (sim.fixtures?.shipmentId !== undefined) return String(sim.fixtures.shipmentId);
	const page = await simGet(sim, '/shipments?per=1');
	return String((page.data ?? page)[0].id);
}

/** Requests the simulator logged (method, path, status, headers when logged), newest last. */
function requestsTo(sim, predicate) {
	return (sim.requests || []).filter(predicate);
}

module.exports = { simGet, firstShipmentId, requestsTo };
