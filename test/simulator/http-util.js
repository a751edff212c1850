'use strict';

// HTTP plumbing shared by the simulator's endpoints: Flexport's response
// envelopes and error shape (docs/reference/flexport-api.md §6, §7), body reading with a size
// cap, and JSON replies.

const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** An error that becomes a Flexport error envelope. */
class HttpError extends Error {
	constructor(status, code, message, { headers, validationErrors } = {}) {
		super(message);
		this.status = status;
		this.code = code;
		this.headers = headers || {};
		this.validationErrors = validationErrors || [];
	}
}

const badRequest = (message, details) =>
	new HttpError(400, 'validation_error', message, { validationErrors: details || [message] });
const notFound = (message) => new HttpError(404, 'not_found', message);

function errorEnvelope(status, code, message, version = 2) {
	return {
		_object: '/api/response',
		version,
		data: null,
		error: { _object: '/api/error', status, code, message },
	};
}

function objectEnvelope(self, data, version = 2) {
	return { _object: '/api/response', self, version, data, error: null };
}

function listEnvelope(self, { prev, next, totalCount, items }, version = 2) {
	return objectEnvelope(
		self,
		{
			_object: '/api/collections/paginated',
			prev,
			next,
			total_count: totalCount,
			data: items,
		},
		version,
	);
}

/** Reads the whole request body (capped) as a Buffer. */
function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				reject(
					new HttpError(413, 'payload_too_large', `Request body exceeds ${MAX_BODY_BYTES} bytes`),
				);
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function sendJson(res, status, payload, headers = {}) {
	const body = Buffer.from(JSON.stringify(payload));
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': body.length,
		...headers,
	});
	res.end(body);
}

/** Parses a JSON object from a Buffer; returns { value } or { error }. */
function parseJson(buffer) {
	try {
		return { value: JSON.parse(buffer.toString('utf8')) };
	} catch (error) {
		return { error: error.message };
	}
}

module.exports = {
	HttpError,
	badRequest,
	notFound,
	errorEnvelope,
	objectEnvelope,
	listEnvelope,
	readBody,
	sendJson,
	parseJson,
	MAX_BODY_BYTES,
};
