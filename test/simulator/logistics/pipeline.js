'use strict';

// Handles /logistics/api/{version}/... requests: faults (before handling, or after it so that
// the work is done but the answer is lost), version, routing against the spec, bearer auth with
// scopes and account state, validation, idempotent replay, the operation's handler, and the
// response. Every request is logged in `requests` with its credentials redacted.

const { matchRoute } = require('../openapi');
const { redactHeaders } = require('../api');
const { readBody, HttpError } = require('../http-util');
const { Problem, sendProblem, send } = require('./problem');
const { validatePath, validateQuery, validateBody } = require('./spec');
const { IdempotencyStore } = require('./idempotency');

const VERSIONED_PATH = /^\/logistics\/api\/([^/]+)(\/.*)$/;

/** The freight pipeline's redaction, plus the token header BOL tracking accepts. */
function redact(headers) {
	const copy = redactHeaders(headers);
	if (copy['x-shopify-access-token']) copy['x-shopify-access-token'] = '<redacted>';
	return copy;
}

function jsonResponse(status, payload, headers = {}) {
	const body = Buffer.from(JSON.stringify(payload));
	return {
		status,
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Length': body.length,
			...headers,
		},
		body,
	};
}

function problemResponse(problem) {
	return { problem };
}

function createPipeline(context) {
	const { spec, settings, tokens, faults, stats, timers } = context;
	const idempotency = context.idempotency;

	function record(entry) {
		context.requests.push(entry);
		if (context.requests.length > 5000) context.requests.splice(0, context.requests.length - 5000);
	}

	function count(entry, status) {
		entry.status = status;
		stats.byStatus[status] = (stats.byStatus[status] || 0) + 1;
		if (entry.operationId)
			stats.byOperation[entry.operationId] = (stats.byOperation[entry.operationId] || 0) + 1;
	}

	function write(res, entry, response) {
		if (response.problem) {
			count(entry, response.problem.status);
			sendProblem(res, response.problem, settings.get());
			return;
		}
		count(entry, response.status);
		send(res, response.status, response.body, response.headers);
	}

	/** Carries out a fault decision; returns true when the request got no normal answer. */
	function strike(req, res, entry, decision) {
		entry.fault = decision.after ? `${decision.action}-after` : decision.action;
		stats.faults[entry.fault] = (stats.faults[entry.fault] || 0) + 1;
		if (decision.action === 'hang') {
			if (decision.hangMs) {
				const timer = setTimeout(() => {
					timers.delete(timer);
					req.socket.destroy();
				}, Number(decision.hangMs));
				timers.add(timer);
			}
			return;
		}
		if (decision.action === 'connectionReset') {
			if (typeof req.socket.resetAndDestroy === 'function') req.socket.resetAndDestroy();
			else req.socket.destroy();
			return;
		}
		const headers =
			decision.action === 'rateLimited' ? { 'Retry-After': String(decision.retryAfter) } : {};
		const detail =
			decision.action === 'rateLimited'
				? `Too many requests; retry after ${decision.retryAfter} s`
				: `Simulated HTTP ${decision.status}; please retry later`;
		write(res, entry, problemResponse(new Problem(decision.status, detail, { headers })));
	}

	function successStatus(operation, result) {
		const overrides = settings.get().statusOverrides;
		if (overrides[operation.operationId]) return Number(overrides[operation.operationId]);
		if (result.pending) return settings.get().asyncPendingStatus;
		return operation.successStatus;
	}

	function toResponse(operation, result) {
		const headers = result.headers || {};
		if (result.redirect)
			return {
				status: 301,
				headers: { Location: result.redirect, 'Content-Length': 0 },
				body: Buffer.alloc(0),
			};
		if (result.text !== undefined) {
			const body = Buffer.from(result.text);
			return {
				status: successStatus(operation, result),
				headers: {
					'Content-Type': `${result.contentType}; charset=utf-8`,
					'Content-Length': body.length,
					...headers,
				},
				body,
			};
		}
		if (result.empty) {
			const mode = settings.get().emptyResponse;
			if (mode === '200-json') return jsonResponse(successStatus(operation, result), {}, headers);
			const status = mode === '204' ? 204 : successStatus(operation, result);
			return { status, headers: { 'Content-Length': 0, ...headers }, body: Buffer.alloc(0) };
		}
		return jsonResponse(successStatus(operation, result), result.body, headers);
	}

	function validate(operation, route, url, raw, contentType) {
		const bodySchema = context.bodySchemas[operation.operationId];
		const override = bodySchema && bodySchema(settings.get());
		const bodyOperation = override
			? { ...operation, requestBody: { ...operation.requestBody, schema: override } }
			: operation;
		const pathProblems = validatePath(spec, operation, route.pathParams);
		const { problems: queryProblems, query } = validateQuery(spec, operation, url.searchParams);
		const parsed = validateBody(spec, bodyOperation, { raw, contentType });
		const relax = context.relaxations[operation.operationId];
		const bodyProblems = relax
			? relax(parsed.problems, parsed.body, settings.get())
			: parsed.problems;
		const problems = [...pathProblems, ...queryProblems, ...bodyProblems];
		if (!problems.length) return { query, body: parsed.body };
		const onlyBody = !pathProblems.length && !queryProblems.length;
		const status = onlyBody ? settings.get().bodyValidationStatus : 400;
		throw new Problem(status, `Invalid request: ${problems.join('; ')}`, { problems });
	}

	function run(operation, route, url, input, entry) {
		const handler = context.handlers[operation.operationId];
		try {
			const result = handler({
				...context.handlerContext(),
				pathParams: coercePath(operation, route.pathParams),
				query: input.query,
				body: input.body,
				url,
			});
			return toResponse(operation, result);
		} catch (error) {
			if (error instanceof Problem) return problemResponse(error);
			context.log(`internal error in ${entry.operationId}: ${error.stack || error}`);
			return problemResponse(new Problem(500, 'Simulator internal error'));
		}
	}

	function coercePath(operation, pathParams) {
		const coerced = {};
		for (const [name, value] of Object.entries(pathParams)) {
			const declared = operation.pathParams.get(name);
			const type = declared && spec.validator.deref(declared.schema).type;
			coerced[name] = type === 'number' || type === 'integer' ? Number(value) : value;
		}
		return coerced;
	}

	function replayed(stored) {
		const header = { 'idempotent-replayed': 'true' };
		if (!stored.problem) return { ...stored, headers: { ...stored.headers, ...header } };
		const { status, detail, title, headers, subCode, extra } = stored.problem;
		return problemResponse(
			new Problem(status, detail, { title, subCode, extra, headers: { ...headers, ...header } }),
		);
	}

	function withIdempotency(operation, req, url, input, entry, produce) {
		const key = req.headers['idempotency-key'];
		if (key === undefined || !IdempotencyStore.applies(operation, settings.get())) return produce();
		const request = {
			account: context.db.accountId,
			key: String(key),
			method: entry.method,
			path: entry.apiPath,
			search: url.search,
			body: input.body,
		};
		const found = idempotency.lookup(request, settings.get());
		const mismatchMode = settings.get().idempotencyMismatch;
		if (found && found.mismatch && mismatchMode !== 'replay') {
			if (mismatchMode !== 'execute')
				return problemResponse(
					new Problem(
						mismatchMode,
						`idempotency-key ${JSON.stringify(String(key))} was already used with a different request body`,
					),
				);
		} else if (found) {
			entry.replayed = true;
			return replayed(found.replay);
		}
		const response = produce();
		const status = response.problem ? response.problem.status : response.status;
		if (status < 500 && status !== 429) idempotency.save(request, response);
		return response;
	}

	return async function handleLogisticsRequest(req, res, url) {
		const method = req.method.toUpperCase();
		const entry = {
			at: context.clock.now(),
			method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: redact(req.headers),
			status: null,
			operationId: null,
			version: null,
			validationErrors: [],
		};
		record(entry);
		stats.requests += 1;
		res.on('finish', () =>
			context.log(`${method} ${url.pathname}${url.search} -> ${entry.status}`),
		);
		const decision = faults.decideApi(method, url.pathname);
		if (decision.latencyMs > 0) await context.delay(decision.latencyMs);
		let raw;
		try {
			raw = await readBody(req);
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
			return write(res, entry, problemResponse(new Problem(error.status, error.message)));
		}
		if (decision.action && !decision.after) return strike(req, res, entry, decision);
		let response;
		try {
			const match = VERSIONED_PATH.exec(url.pathname);
			if (!match)
				throw new Problem(
					404,
					`No Logistics API route ${url.pathname} (expected /logistics/api/{version}/...)`,
				);
			const [, version, apiPath] = match;
			entry.version = version;
			entry.apiPath = apiPath;
			if (!context.versions().includes(version))
				throw new Problem(
					404,
					`Unknown API version ${version} (known: ${context.versions().join(', ')})`,
				);
			const route = matchRoute(spec, method, apiPath);
			if (route.status === 'not_found')
				throw new Problem(404, `No route matches ${method} ${apiPath}`);
			if (route.status === 'method_not_allowed')
				throw new Problem(
					405,
					`${method} is not allowed on ${apiPath}; allowed: ${route.allowed.join(', ')}`,
					{ headers: { Allow: route.allowed.join(', ') } },
				);
			const operation = route.operation;
			entry.operationId = operation.operationId;
			if (operation.authSchemes.length) tokens.authorize(req.headers, operation, settings.get());
			const input = validate(operation, route, url, raw, req.headers['content-type']);
			response = withIdempotency(operation, req, url, input, entry, () =>
				run(operation, route, url, input, entry),
			);
		} catch (error) {
			if (!(error instanceof Problem)) throw error;
			if (error.problems.length) {
				entry.validationErrors = error.problems;
				stats.validationFailures += 1;
			}
			response = problemResponse(error);
		}
		if (decision.action && decision.after) return strike(req, res, entry, decision);
		return write(res, entry, response);
	};
}

module.exports = { createPipeline };
