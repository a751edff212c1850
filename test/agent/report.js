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

module.exports = { n8nVersion, showRequest };
