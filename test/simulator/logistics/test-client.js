'use strict';

// Test support for the Logistics simulator suites: start a simulator, call the API over real HTTP,
// drive /__sim/logistics controls, and check responses against the spec.

const { startSimulator } = require('../index');
const { loadLogisticsSpec } = require('./spec');

async function startLogistics(options = {}) {
	return startSimulator({ quiet: true, ...options });
}

/**
 * Registers the hooks of a suite that shares one simulator: start it (then `onStart(sim)`),
 * put its switches and faults back after each test, close it at the end.
 */
function useLogisticsSimulator(onStart, options = {}) {
	let sim;
	beforeAll(async () => {
		sim = await startLogistics(options);
		onStart(sim);
	});
	afterEach(() => {
		sim.logistics.resetSettings();
		sim.logistics.clearFaults();
		sim.clearFaults();
	});
	afterAll(() => sim.close());
}

/**
 * Calls `path` (relative to /logistics/api/{version}) and reads the answer.
 * Options: method, body (object -> JSON, string -> as is), form (object -> urlencoded), token
 * (default: the full-scope token; null: none), headers, version, redirect.
 */
async function call(sim, path, options = {}) {
	const { method = 'GET', body, form, headers = {}, version, redirect = 'follow' } = options;
	const token = options.token === undefined ? sim.logistics.accessToken : options.token;
	const allHeaders = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers };
	let payload;
	if (form) {
		payload = new URLSearchParams(form).toString();
		allHeaders['content-type'] = 'application/x-www-form-urlencoded';
	} else if (body !== undefined) {
		payload = typeof body === 'string' ? body : JSON.stringify(body);
		if (!allHeaders['content-type']) allHeaders['content-type'] = 'application/json';
	}
	const response = await fetch(`${sim.logistics.apiUrl(version)}${path}`, {
		method,
		headers: allHeaders,
		body: payload,
		redirect,
	});
	const text = await response.text();
	let json;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: response.status, headers: response.headers, text, json };
}

async function control(sim, method, path, body) {
	const response = await fetch(`${sim.url}/__sim/logistics${path}`, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, json: await response.json() };
}

/** Problems of a 2xx JSON body against the operation's declared response schema. */
function responseProblems(operationId, json) {
	const spec = loadLogisticsSpec();
	const operation = spec.byId.get(operationId);
	if (!operation.responseSchema) return [];
	return spec.validator.validate(operation.responseSchema, json, 'response');
}

/** Problems of a problem+json body against the error schema of its status. */
function problemProblems(status, json) {
	const spec = loadLogisticsSpec();
	const names = {
		400: 'BadRequestError',
		401: 'UnauthorizedError',
		403: 'ForbiddenError',
		404: 'NotFoundError',
		409: 'ConflictError',
		422: 'UnprocessableEntityError',
	};
	const name = names[status] || 'Problem';
	return spec.validator.validate({ $ref: `#/components/schemas/${name}` }, json, 'problem');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = {
	startLogistics,
	useLogisticsSimulator,
	call,
	control,
	responseProblems,
	problemProblems,
	sleep,
};
