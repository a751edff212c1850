#!/usr/bin/env node
'use strict';
/**
 * Prepares the persistent n8n user folder for `npm start` (.e2e/demo by default):
 *   node scripts/e2e-demo.js prepare <tarball> <connection.json>
 * - installs the packed package as n8n installs community packages,
 * - imports the credential ONCE (a fresh import costs a token; an existing one keeps its token),
 *   and with the simulator also "Flexport Logistics (simulator)" (its access token),
 * - imports the example workflows from examples/ (pointing them at those credentials; the
 *   Logistics examples only when there is a Logistics credential).
 * connection.json: {mode: 'simulator'|'real', url, tokenUrl, clientId, clientSecret, logistics}.
 * It is read, never printed. Environment: N8N_USER_FOLDER (required), N8N_RUNNERS_BROKER_PORT.
 */
const fs = require('fs');
const path = require('path');
const { N8n, ROOT } = require('../test/e2e/lib/n8n');
const { oauthCredential } = require('../test/e2e/lib/workflows');
const { logisticsCredential } = require('../test/e2e/lib/logistics-triggers');
const { pointAt } = require('../test/e2e/lib/logistics-workflows');
const { agentDemoCredentials } = require('../test/agent/demo');

const CREDENTIALS = {
	simulator: { id: 'flexportSimCred1', name: 'Flexport (simulator)' },
	real: { id: 'flexportRealCrd1', name: 'Flexport' },
};
const LOGISTICS_CREDENTIAL = { id: 'flexportLogiSim1', name: 'Flexport Logistics (simulator)' };

async function credentialExists(n8n, id) {
	const file = path.join(n8n.workDir, `exists-${Date.now()}.json`);
	const result = await n8n.cli(['export:credentials', `--id=${id}`, `--output=${file}`]);
	const exists =
		result.code === 0 &&
		fs.existsSync(file) &&
		JSON.parse(fs.readFileSync(file, 'utf8') || '[]').length > 0;
	fs.rmSync(file, { force: true });
	return exists;
}

async function prepare(tarball, connectionFile) {
	const userFolder = process.env.N8N_USER_FOLDER;
	if (!userFolder) throw new Error('N8N_USER_FOLDER is not set');
	const connection = JSON.parse(fs.readFileSync(connectionFile, 'utf8'));
	const n8n = new N8n(
		userFolder,
		Number(process.env.N8N_RUNNERS_BROKER_PORT || 5679),
		{ N8N_ENCRYPTION_KEY: process.env.N8N_ENCRYPTION_KEY ?? null },
		false,
	);
	n8n.output = { push: () => undefined }; // keep nothing in memory

	const dir = n8n.installPackage(path.resolve(tarball));
	const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
	console.log(`[demo] installed n8n-nodes-flexport ${version} into ${path.relative(ROOT, dir)}`);

	const cred = CREDENTIALS[connection.mode];
	if (await credentialExists(n8n, cred.id)) {
		console.log(
			`[demo] credential "${cred.name}" (${cred.id}) already exists: kept, with its stored token`,
		);
	} else {
		const credential = oauthCredential({ ...cred, sim: connection });
		if (connection.mode === 'real') {
			// Real Flexport: default URLs unless overridden.
			credential.data.advancedSettings = Boolean(connection.url || connection.tokenUrl);
			if (!connection.url) delete credential.data.baseUrl;
			if (!connection.tokenUrl) delete credential.data.tokenUrl;
		}
		await n8n.importCredentials([credential]);
		console.log(
			`[demo] imported credential "${cred.name}" (${cred.id})${connection.mode === 'simulator' ? ` -> ${connection.url}` : ''}`,
		);
	}

	// The simulator's Logistics API: its all-scopes token (the same on every start with the same key file).
	const logistics = connection.logistics;
	if (logistics && (await credentialExists(n8n, LOGISTICS_CREDENTIAL.id))) {
		console.log(`[demo] credential "${LOGISTICS_CREDENTIAL.name}" already exists: kept`);
	} else if (logistics) {
		await n8n.importCredentials([
			logisticsCredential({
				...LOGISTICS_CREDENTIAL,
				sim: { url: logistics.baseUrl },
				accessToken: logistics.accessToken,
			}),
		]);
		console.log(
			`[demo] imported credential "${LOGISTICS_CREDENTIAL.name}" (${LOGISTICS_CREDENTIAL.id}) -> ${logistics.baseUrl}`,
		);
	}

	// The agent examples: the scripted model's OpenAI credential and the MCP clients' Bearer token.
	await n8n.importCredentials(agentDemoCredentials(userFolder, process.env.MODEL_INFO));
	console.log('[demo] imported credentials "Scripted model (demo)" and "MCP clients (demo)"');

	const examples = path.join(ROOT, 'examples');
	const files = fs
		.readdirSync(examples)
		.filter((f) => f.endsWith('.json') && (logistics || !f.startsWith('logistics-')))
		.sort();
	const workflows = files.map((file) =>
		pointAt(JSON.parse(fs.readFileSync(path.join(examples, file), 'utf8')), {
			flexportOAuth2Api: cred,
			flexportLogisticsApi: LOGISTICS_CREDENTIAL,
		}),
	);
	await n8n.importWorkflows(workflows);
	console.log(
		`[demo] imported ${workflows.length} example workflows: ${workflows.map((w) => w.name).join('; ')}`,
	);
}

const [command, ...args] = process.argv.slice(2);
if (command === 'prepare') {
	prepare(...args).catch((error) => {
		console.error(`[demo] ${error.message}`);
		process.exit(1);
	});
} else {
	console.error('usage: node scripts/e2e-demo.js prepare <tarball> <connection.json>');
	process.exit(2);
}
