'use strict';

/** One-line descriptions for the agent and MCP e2e figures. */

const fs = require('fs');
const path = require('path');

const { runtime } = require('../e2e/lib/n8n');

/** The version of the n8n the e2e suite runs (N8N_E2E_LINE picks the line). */
function n8nVersion() {
	const file = path.join(runtime().host, 'node_modules', 'n8n', 'package.json');
	return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

/** A simulator request log entry as `GET /shipments?f.status=… → 200`. */
function showRequest(request) {
	const query = new URLSearchParams(request.query || {}).toString();
	return `${request.method} ${request.path}${query ? `?${query}` : ''} → ${request.status}`;
}

/**
 * Splits off "token replays": a request sent without Authorization that got 401 and was repeated
 * at once with the token (n8n's credential refresh for a credential with no stored token yet).
 * Returns {requests: the rest, replays: how many were dropped}.
 */
function withoutTokenReplays(requests) {
	const same = (a, b) =>
		a.method === b.method &&
		a.path === b.path &&
		JSON.stringify(a.query) === JSON.stringify(b.query);
	const rest = requests.filter(
		(request, index) =>
			!(
				request.status === 401 &&
				!request.headers.authorization &&
				requests[index + 1] &&
				same(request, requests[index + 1])
			),
	);
	return { requests: rest, replays: requests.length - rest.length };
}

module.exports = { n8nVersion, showRequest, withoutTokenReplays };
