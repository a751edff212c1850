'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { agentDemoCredentials, MCP_CREDENTIAL, MODEL_CREDENTIAL } = require('./demo');

/** Credential ids the shipped examples refer to, by credential type. */
function exampleCredentialIds() {
	const ids = {};
	for (const file of ['agent-shipment-assistant.json', 'agent-mcp-server.json']) {
		const workflow = JSON.parse(
			fs.readFileSync(path.join(__dirname, '..', '..', 'examples', file), 'utf8'),
		);
		for (const node of workflow.nodes)
			for (const [type, ref] of Object.entries(node.credentials || {})) ids[type] = ref.id;
	}
	return ids;
}

let folder;
beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-demo-'));
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

test('the demo credentials are the ones the examples refer to', () => {
	const info = path.join(folder, 'model.json');
	fs.writeFileSync(info, JSON.stringify({ url: 'http://127.0.0.1:4020/v1', apiKey: 'sk-x' }));
	const credentials = agentDemoCredentials(folder, info);
	const ids = exampleCredentialIds();
	expect(credentials.map((c) => [c.type, c.id])).toEqual([
		['openAiApi', MODEL_CREDENTIAL.id],
		['httpBearerAuth', MCP_CREDENTIAL.id],
	]);
	expect(ids.openAiApi).toBe(MODEL_CREDENTIAL.id);
	expect(ids.httpBearerAuth).toBe(MCP_CREDENTIAL.id);
	expect(credentials[0].data).toMatchObject({ url: 'http://127.0.0.1:4020/v1', apiKey: 'sk-x' });
});

test('the MCP token is made once, kept private, and reused; no model credential without its info', () => {
	const first = agentDemoCredentials(folder, path.join(folder, 'missing.json'));
	expect(first.map((c) => c.type)).toEqual(['httpBearerAuth']);
	const token = first[0].data.token;
	expect(token.length).toBeGreaterThanOrEqual(32);
	expect(fs.statSync(path.join(folder, 'mcp-token')).mode & 0o777).toBe(0o600);
	expect(agentDemoCredentials(folder)[0].data.token).toBe(token);
});
