'use strict';

// POST /oauth/token: parses JSON, form or Basic-auth client credentials,
// applies token-endpoint faults, and delegates to the TokenAuthority.
// Records each request in state.tokenRequestLog without any secret.

const { parseBasicAuth } = require('./auth');
const { readBody, parseJson, sendJson } = require('./http-util');

const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

function bodyFormat(contentType = '') {
	if (/^application\/json\s*(;|$)/i.test(contentType)) return 'json';
	if (/^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType)) return 'form';
	return 'other';
}

function createTokenHandler(state) {
	const delay = (ms) =>
		new Promise((resolve) => {
			const timer = setTimeout(() => {
				state.timers.delete(timer);
				resolve();
			}, ms);
			state.timers.add(timer);
		});

	return async function handleTokenRequest(req, res) {
		const { stats } = state;
		stats.tokenRequests += 1;
		const format = bodyFormat(req.headers['content-type']);
		const entry = { at: state.clock.now(), grantType: null, clientId: null, format, status: null };
		state.tokenRequestLog.push(entry);
		if (state.tokenRequestLog.length > state.options.maxLogEntries) state.tokenRequestLog.shift();

		const reply = (status, body, headers = {}) => {
			entry.status = status;
			if (status === 200 && body.access_token) stats.tokensIssued += 1;
			else stats.tokenRequestsRejected += 1;
			sendJson(res, status, body, { ...NO_STORE, ...headers });
			state.log(`POST /oauth/token (${format}) -> ${status}`);
		};

		if (req.method !== 'POST') {
			reply(405, { error: 'invalid_request', error_description: 'Use POST' }, { Allow: 'POST' });
			return;
		}
		const raw = await readBody(req).catch(() => Buffer.alloc(0));
		let fields = {};
		if (format === 'json') {
			const parsed = parseJson(raw);
			if (parsed.error || !parsed.value || typeof parsed.value !== 'object') {
				reply(400, {
					error: 'invalid_request',
					error_description: 'Request body is not a valid JSON object',
				});
				return;
			}
			fields = parsed.value;
		} else if (format === 'form') {
			fields = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
		} else if (raw.length > 0) {
			reply(400, {
				error: 'invalid_request',
				error_description:
					'Content-Type must be application/json or application/x-www-form-urlencoded',
			});
			return;
		}
		const basicAuth = parseBasicAuth(req.headers.authorization);
		entry.grantType = typeof fields.grant_type === 'string' ? fields.grant_type : null;
		entry.clientId =
			(basicAuth && basicAuth.clientId) ||
			(typeof fields.client_id === 'string' ? fields.client_id : null);

		const fault = state.faults.decideToken();
		if (fault.latencyMs > 0) await delay(fault.latencyMs);
		switch (fault.action) {
			case 'hang':
				entry.fault = 'hang';
				stats.tokenRequestsRejected += 1;
				return; // never answered; close() destroys the socket
			case 'status5xx':
				reply(fault.status, {
					error: 'server_error',
					error_description: 'Simulated authorization server error',
				});
				return;
			case 'nonJson':
				entry.status = 200;
				stats.tokenRequestsRejected += 1;
				res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE });
				res.end(
					'<!DOCTYPE html><html><body><h1>Service temporarily unavailable</h1></body></html>',
				);
				return;
			case 'missingKey':
				reply(200, { expires_in: state.authority.lifetimeSeconds, token_type: 'Bearer' });
				return;
			default:
				break;
		}

		const result = state.authority.handleTokenRequest({ fields, basicAuth });
		reply(result.status, result.body);
	};
}

module.exports = { createTokenHandler };
