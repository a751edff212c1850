'use strict';

// RFC 7807 problem+json errors as the Logistics API documents them
// (spec/flexport-logistics-api.md "Errors"): type, title, status, detail, instance; 401 also
// carries code=401 and message. Six-digit sub-codes go into the member the `subCodeField`
// setting names (the docs do not show it).

const crypto = require('node:crypto');

const TITLES = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	413: 'Payload Too Large',
	422: 'Unprocessable Entity',
	423: 'Locked',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

/** An error that becomes a problem+json response. `extra` adds members (e.g. OrderError fields). */
class Problem extends Error {
	constructor(status, detail, { title, headers, subCode, extra, problems } = {}) {
		super(detail);
		this.status = status;
		this.title = title || TITLES[status] || `HTTP ${status}`;
		this.detail = detail;
		this.headers = headers || {};
		this.subCode = subCode;
		this.extra = extra || {};
		this.problems = problems || [];
	}
}

const badRequest = (detail, problems) => new Problem(400, detail, { problems });
const notFound = (what) => new Problem(404, `${what} was not found`);
const unprocessable = (detail, options) => new Problem(422, detail, options);
const conflict = (detail) => new Problem(409, detail);

/** `record`, or a 404 saying that `what` was not found. */
function requireFound(record, what) {
	if (!record) throw notFound(what);
	return record;
}

function slug(title) {
	return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function problemBody(problem, settings) {
	const body = {
		type: `https://logistics-api.flexport.com/problems/${slug(problem.title)}`,
		title: problem.title,
		status: problem.status,
		detail: problem.detail,
		instance: crypto.randomUUID(),
		...problem.extra,
	};
	if (problem.status === 401) Object.assign(body, { code: 401, message: problem.detail });
	if (problem.subCode !== undefined && settings.subCodeField)
		body[settings.subCodeField] = problem.subCode;
	return body;
}

function send(res, status, body, headers) {
	res.writeHead(status, { 'x-correlation-id': crypto.randomUUID(), ...headers });
	res.end(body);
}

function sendProblem(res, problem, settings) {
	const body = Buffer.from(JSON.stringify(problemBody(problem, settings)));
	send(res, problem.status, body, {
		'Content-Type': 'application/problem+json',
		'Content-Length': body.length,
		...problem.headers,
	});
}

module.exports = {
	Problem,
	badRequest,
	notFound,
	unprocessable,
	conflict,
	requireFound,
	problemBody,
	sendProblem,
	send,
};
