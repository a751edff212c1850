'use strict';

// Shared by the simulator's own test files (*.test.js next to this file): one
// simulator per file, and small HTTP clients for its token endpoint and API.

const { startSimulator } = require('./index');

const AUDIENCE = 'https://api.flexport.com';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Starts one quiet simulator for the calling test file and hands it to `onStarted`;
 * faults and stats are cleared before every test and the server closes after the file.
 */
function useSharedSimulator(onStarted) {
	let sim;

	beforeAll(async () => {
		sim = await startSimulator({ quiet: true });
		onStarted(sim);
	});

	afterAll(async () => {
		await sim.close();
	});

	beforeEach(() => {
		sim.clearFaults();
		sim.resetStats();
	});
}

function requestToken(sim, fields = {}, { format = 'json', headers = {} } = {}) {
	const body = {
		client_id: sim.clientId,
		client_secret: sim.clientSecret,
		audience: AUDIENCE,
		grant_type: 'client_credentials',
		...fields,
	};
	for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
	return fetch(sim.tokenUrl, {
		method: 'POST',
		headers: {
			'content-type': format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
			...headers,
		},
		body: format === 'json' ? JSON.stringify(body) : new URLSearchParams(body).toString(),
	});
}

async function accessToken(sim) {
	const response = await requestToken(sim);
	expect(response.status).toBe(200);
	return (await response.json()).access_token;
}

function decodeJwtPayload(token) {
	return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** API call; `token` defaults to the legacy API key. */
function call(sim, path, { method = 'GET', body, token = sim.apiKey, headers = {}, signal } = {}) {
	const allHeaders = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers };
	if (body !== undefined && !allHeaders['content-type'])
		allHeaders['content-type'] = 'application/json';
	return fetch(path.startsWith('http') ? path : `${sim.url}${path}`, {
		method,
		headers: allHeaders,
		signal,
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
}

async function callJson(sim, path, options) {
	const response = await call(sim, path, options);
	return { status: response.status, headers: response.headers, json: await response.json() };
}

function bookingBody(sim, overrides = {}) {
	return {
		name: 'Simulator test booking',
		shipper_entity_ref: sim.fixtures.shipperEntityRef,
		consignee_entity_ref: 'self',
		ocean_booking: {
			is_lcl: false,
			incoterm: 'FOB',
			container_counts: { forty_ft_hc: 2 },
			product_descriptions: [{ description: 'Watches', hs_code: '9101.00' }],
			wants_pickup_service: true,
			origin_port_loc_code: 'CNYTN',
			destination_port_loc_code: 'USLAX',
		},
		origin_address_ref: sim.fixtures.originAddressRef,
		destination_address_ref: sim.fixtures.destinationAddressRef,
		cargo_ready_date: '2030-06-30',
		cargo: { weight: { value: 1200, unit: 'kg' }, volume: { value: 20, unit: 'cbm' } },
		...overrides,
	};
}

module.exports = {
	AUDIENCE,
	DAY_MS,
	useSharedSimulator,
	requestToken,
	accessToken,
	decodeJwtPayload,
	call,
	callJson,
	bookingBody,
};
