'use strict';

/**
 * Credentials the agent examples need in the `npm start` demo (scripts/e2e-demo.js imports them):
 * the OpenAI credential for the scripted model (examples/agent-shipment-assistant.json) and the
 * Bearer token MCP clients send (examples/agent-mcp-server.json). The token is made once and kept
 * in <userFolder>/mcp-token (mode 0600), so a restart does not lock connected clients out.
 */

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { bearerCredential, openAiCredential } = require('./workflows');

const MODEL_CREDENTIAL = { id: 'scriptedModelCr1', name: 'Scripted model (demo)' };
const MCP_CREDENTIAL = { id: 'mcpBearerDemo001', name: 'MCP clients (demo)' };

/** The MCP Bearer token of this demo folder, created on first use. */
function mcpToken(userFolder) {
	const file = path.join(userFolder, 'mcp-token');
	if (!fs.existsSync(file))
		fs.writeFileSync(file, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
	return { file, token: fs.readFileSync(file, 'utf8').trim() };
}

/**
 * The credentials to import: the scripted model's (when `modelInfoFile`, written by
 * ./start-model-server.js --info, exists) and the MCP clients' Bearer token.
 */
function agentDemoCredentials(userFolder, modelInfoFile) {
	const credentials = [bearerCredential({ ...MCP_CREDENTIAL, token: mcpToken(userFolder).token })];
	if (modelInfoFile && fs.existsSync(modelInfoFile)) {
		const { url, apiKey } = JSON.parse(fs.readFileSync(modelInfoFile, 'utf8'));
		credentials.unshift(openAiCredential({ ...MODEL_CREDENTIAL, apiKey, url }));
	}
	return credentials;
}

module.exports = { agentDemoCredentials, mcpToken, MODEL_CREDENTIAL, MCP_CREDENTIAL };
