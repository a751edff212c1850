'use strict';

// Handles Flexport API requests: faults, bearer auth, routing against the
// OpenAPI route table, Flexport-Version and request validation, then the
// operation's handler and the response envelope. Every request is recorded in
// state.requests (authorization redacted).

const { performance } = require('node:perf_hooks');
const { matchRoute, validateRequest } = require('./openapi');
const { routeForVersion } = require('./spec-versions');
const { isValidCalendarDate } = require('./schema-validator');
const {
	HttpError,
	errorEnvelope,
	objectEnvelope,
	listEnvelope,
	readBody,
	parseJson,
} = require('./http-util');
const { pageLinks } = require('./query');
const { HANDLERS } = require('./handlers');
const hostile = require('./hostile');

// status5xx may also be given a 4xx status (e.g. 401 to simulate a token the
// server stopped accepting); answer with a matching code.
const SIMULATED_ERRORS = {
	400: ['bad_request', 'Simulated bad request'],
	401: ['unauthorized', 'Simulated 401: the access token was not accepted'],
	403: ['forbidden', 'Simulated 403: access to this resource is not permitted'],
	404: ['not_found', 'Simulated 404: resource not found'],
	409: ['conflict', 'Simulated 409: conflict'],
	500: ['internal_server_error', 'Simulated server error; please retry later'],
	502: ['bad_gateway', 'Simulated bad gateway; please retry later'],
	503: ['service_unavailable', 'Simulated service outage; please retry later'],
	504: ['gateway_timeout', 'Simulated gateway timeout; please retry later'],
};

function redactHeaders(headers) {
	const copy = { ...headers };
	if (copy.authorization)
		copy.authorization = `${String(copy.authorization).split(/\s+/)[0]} <redacted>`;
	return copy;
}

function checkVersionHeader(value, todayIso) {
	if (value === undefined) return null;
	if (value === '2' || value === '3') return null;
	if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValidCalendarDate(value)) {
		return value > todayIso ? `header flexport-version: date ${value} is in the future` : null;
	}
	return `header flexport-version: must be 2, 3 or a date YYYY-MM-DD; got ${JSON.stringify(value)}`;
}

/** Replaces metadata objects by Flexport's name/value list format (docs/reference/flexport-api.md §4). */
function toNameValueMetadata(value) {
	if (Array.isArray(value)) return value.map(toNameValueMetadata);
	if (!value || typeof value !== 'object') return value;
	const result = {};
	for (const [key, child] of Object.entries(value)) {
		if (key === 'metadata' && child && typeof child === 'object' && !Array.isArray(child)) {
			result[key] = Object.entries(child).map(([name, entry]) => ({ name, value: entry }));
		} else {
			result[key] = toNameValueMetadata(child);
		}
	}
	return result;
}

function createApiHandler(state) {
	const delay = (ms) =>
		new Promise((resolve) => {
			const timer = setTimeout(() => {
				state.timers.delete(timer);
				resolve();
			}, ms);
			state.timers.add(timer);
		});

	function recordRequest(entry) {
		state.requests.push(entry);
		if (state.requests.length > state.options.maxLogEntries)
			state.requests.splice(0, state.requests.length - state.options.maxLogEntries);
	}

	function send(res, entry, status, payload, { headers = {}, truncate = null, slow = {} } = {}) {
		entry.status = status;
		state.stats.byStatus[status] = (state.stats.byStatus[status] || 0) + 1;
		const body = Buffer.from(JSON.stringify(payload));
		const baseHeaders = { 'Content-Type': 'application/json; charset=utf-8', ...headers };
		if (hostile.sendHostileBody(res, status, baseHeaders, body, slow, delay)) return;
		if (!truncate) {
			res.writeHead(status, { ...baseHeaders, 'Content-Length': body.length });
			res.end(body);
			return;
		}
		entry.fault = 'truncateBody';
		const half = body.subarray(0, Math.floor(body.length / 2));
		if (truncate.mode === 'close') {
			// Promise the full length, deliver half, then drop the connection.
			res.writeHead(status, { ...baseHeaders, 'Content-Length': body.length });
			res.write(half, () => res.socket && res.socket.destroy());
		} else {
			// A complete HTTP response whose JSON body is cut in the middle.
			res.writeHead(status, { ...baseHeaders, 'Content-Length': half.length });
			res.end(half);
		}
	}

	function sendError(res, entry, error, version, truncate) {
		send(
			res,
			entry,
			error.status,
			errorEnvelope(error.status, error.code, error.message, version),
			{ headers: error.headers, truncate },
		);
	}

	return async function handleApiRequest(req, res, url) {
		const started = performance.now();
		const method = req.method.toUpperCase();
		const entry = {
			at: state.clock.now(),
			method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: redactHeaders(req.headers),
			body: null,
			status: null,
			operationId: null,
			validationErrors: [],
		};
		recordRequest(entry);
		state.stats.apiRequests += 1;
		res.on('finish', () =>
			state.log(
				`${method} ${url.pathname}${url.search} -> ${entry.status} (${Math.round(performance.now() - started)} ms)`,
			),
		);

		const decision = state.faults.decideApi(method, url.pathname);
		if (decision.latencyMs > 0) await delay(decision.latencyMs);
		if (decision.action === 'hang') {
			entry.fault = 'hang'; // never answered; close() destroys the socket
			return;
		}
		if (decision.action === 'connectionReset') {
			entry.fault = 'connectionReset';
			if (typeof req.socket.resetAndDestroy === 'function') req.socket.resetAndDestroy();
			else req.socket.destroy();
			return;
		}
		if (decision.action === 'rateLimited') {
			entry.fault = 'rateLimited';
			state.stats.rateLimited += 1;
			const error = new HttpError(
				429,
				'rate_limited',
				`Too many requests; retry after ${decision.retryAfter} s`,
				{ headers: { 'Retry-After': String(decision.retryAfter) } },
			);
			sendError(res, entry, error, 2);
			return;
		}
		if (decision.action === 'status5xx') {
			entry.fault = 'status5xx';
			const [code, message] = SIMULATED_ERRORS[decision.status] || [
				'server_error',
				`Simulated HTTP ${decision.status} response`,
			];
			const error = new HttpError(decision.status, code, message);
			sendError(res, entry, error, 2);
			return;
		}
		if (hostile.answerHostile({ req, res, entry, decision, state, sendError, HttpError })) return;

		let version = 2;
		try {
			const rawBody = await readBody(req);
			const hasBody = rawBody.length > 0;
			const contentType = req.headers['content-type'];
			const parsed = hasBody ? parseJson(rawBody) : { value: null };
			entry.body = parsed.error ? null : parsed.value;

			const auth = state.authority.verifyAuthorization(req.headers.authorization);
			if (!auth.ok) throw new HttpError(401, 'unauthorized', auth.message);
			entry.auth = auth.kind; // 'oauth' (a managed token) or 'api_key': tests assert which one was used

			const route = routeForVersion(
				state.spec,
				matchRoute(state.spec, method, url.pathname),
				method,
				url.pathname,
				req.headers['flexport-version'],
			);
			if (route.status === 'not_found')
				throw new HttpError(404, 'not_found', `No route matches ${method} ${url.pathname}`);
			if (route.status === 'method_not_allowed') {
				throw new HttpError(
					405,
					'method_not_allowed',
					`${method} is not allowed on ${url.pathname}; allowed: ${route.allowed.join(', ')}`,
					{ headers: { Allow: route.allowed.join(', ') } },
				);
			}
			entry.operationId = route.operation.operationId;

			const versionHeader = req.headers['flexport-version'];
			if (versionHeader === '3') version = 3;
			const problems = [];
			const versionProblem = checkVersionHeader(
				versionHeader,
				new Date(state.clock.now()).toISOString().slice(0, 10),
			);
			if (versionProblem) problems.push(versionProblem);
			problems.push(
				...validateRequest(state.spec, route.operation, {
					pathParams: route.pathParams,
					searchParams: url.searchParams,
					hasBody,
					contentType,
					body: parsed.value,
					bodyParseError: parsed.error,
				}),
			);
			if (problems.length)
				throw new HttpError(400, 'validation_error', `Invalid request: ${problems.join('; ')}`, {
					validationErrors: problems,
				});

			const handler = HANDLERS[route.operation.operationId];
			const result = hostile.handleList(decision, url.searchParams, (searchParams) =>
				handler({
					db: state.db,
					links: state.links,
					resources: state.resources,
					searchParams,
					pathParams: route.pathParams,
					body: parsed.value,
					now: state.clock.now(),
					startedAt: state.startedAt,
					largeCollection: state.largeCollection,
					version: req.headers['flexport-version'] || '2',
				}),
			);
			respond(res, entry, url, result, version, decision);
		} catch (error) {
			if (!(error instanceof HttpError)) {
				state.log(`internal error: ${error.stack || error}`);
				sendError(
					res,
					entry,
					new HttpError(500, 'internal_server_error', 'Simulator internal error'),
					version,
					null,
				);
				return;
			}
			if (error.status === 400 && error.code === 'validation_error') {
				entry.validationErrors = error.validationErrors;
				state.stats.validationFailures += 1;
			}
			sendError(res, entry, error, version, decision.truncate);
		}
	};

	function respond(res, entry, url, result, version, decision) {
		const { truncate } = decision;
		const slow = { dribbleMs: decision.dribbleMs, padBytes: decision.padBytes };
		const selfUrl = `${state.baseUrl}${url.pathname}${url.search}`;
		const nameValue = url.searchParams.get('use_name_value_metadata_format') === 'true';
		const shape = (data) => (nameValue ? toNameValueMetadata(data) : data);
		if (result.file) {
			const { bytes, mimeType, fileName } = result.file;
			entry.status = 200;
			state.stats.byStatus[200] = (state.stats.byStatus[200] || 0) + 1;
			const asciiName = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
			res.writeHead(200, {
				'Content-Type': mimeType,
				'Content-Length': bytes.length,
				'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
			});
			res.end(bytes);
			return;
		}
		if (result.page) {
			const { items, totalCount, page, per } = result.page;
			const links = pageLinks({
				baseUrl: state.baseUrl,
				pathname: url.pathname,
				searchParams: url.searchParams,
				page,
				per,
				totalCount,
			});
			const tampered = hostile.tamperList(decision, { links, totalCount, selfUrl });
			send(
				res,
				entry,
				200,
				listEnvelope(
					selfUrl,
					{ ...tampered.links, totalCount: tampered.totalCount, items: shape(items) },
					version,
				),
				{ truncate, slow },
			);
			return;
		}
		send(res, entry, 200, objectEnvelope(selfUrl, shape(result.data), result.version || version), {
			truncate,
			slow,
		});
	}
}

module.exports = { createApiHandler, redactHeaders };
