'use strict';

/**
 * Shared set-up for the e2e files: an in-process Flexport simulator, a fresh n8n user folder with the
 * packed package installed, credentials and workflows imported. Plus the secret-leak check.
 */

const fs = require('fs');
const path = require('path');

const { N8n, ROOT, cleanupPack } = require('./n8n');

function loadSimulator() {
	const dir = path.join(ROOT, 'test', 'simulator');
	if (!fs.existsSync(path.join(dir, 'index.js'))) {
		throw new Error(
			'test/simulator/index.js is missing: the Flexport simulator has not landed yet',
		);
	}
	return require(dir);
}

async function startSim(options = {}) {
	const { startSimulator } = loadSimulator();
	return await startSimulator({ port: 0, dailyTokenQuota: 10, quiet: true, ...options });
}

/** Token requests the simulator has seen (total since start/reset). */
function tokenRequests(sim) {
	return sim.stats().tokenRequests;
}

/**
 * Starts everything for one test file.
 * @returns {Promise<{sim, n8n}>}
 */
async function setup({
	name,
	sim: simOptions,
	credentials = () => [],
	workflows = () => [],
	env,
} = {}) {
	const sim = await startSim(simOptions);
	const n8n = await N8n.create({ name, env });
	try {
		n8n.installPackage();
		const creds = credentials(sim);
		if (creds.length) await n8n.importCredentials(creds);
		const wfs = workflows(sim);
		if (wfs.length) await n8n.importWorkflows(wfs);
	} catch (error) {
		await n8n.dispose();
		await sim.close();
		throw error;
	}
	return { sim, n8n };
}

async function teardown(ctx) {
	if (!ctx) return;
	await ctx.n8n?.dispose().catch(() => undefined);
	await ctx.sim?.close().catch(() => undefined);
	cleanupPack();
}

/**
 * Token values stored in every flexportOAuth2Api credential, and the access token of every
 * flexportLogisticsApi credential (read with export:credentials --decrypted).
 */
async function storedTokens(n8n) {
	const exported = await n8n.exportCredentialsDecrypted();
	const tokens = [];
	for (const credential of exported) {
		if (credential.type === 'flexportLogisticsApi' && credential.data?.accessToken)
			tokens.push(credential.data.accessToken);
		const raw = credential.data?.managedToken;
		if (!raw) continue;
		try {
			const state = JSON.parse(raw);
			if (state.accessToken) tokens.push(state.accessToken);
			if (state.refreshToken) tokens.push(state.refreshToken);
		} catch {
			tokens.push(String(raw));
		}
	}
	return tokens;
}

const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;

/**
 * Scenario g: no secret and no token in anything n8n printed (or answered on a webhook).
 * Returns a list of findings (empty = clean); findings never include the secret itself.
 */
function findLeaks(text, { secrets = [], tokens = [] } = {}) {
	const findings = [];
	for (const secret of secrets.filter((s) => s && s.length >= 6)) {
		if (text.includes(secret))
			findings.push(`client secret/API key found (${secret.length} chars)`);
	}
	for (const token of new Set(tokens.filter((t) => t && t.length >= 12))) {
		const index = text.indexOf(token);
		if (index !== -1)
			findings.push(
				`issued token found near: ${JSON.stringify(redactAround(text, index, token.length))}`,
			);
	}
	for (const match of text.match(JWT_PATTERN) || [])
		findings.push(`JWT-shaped string found (${match.slice(0, 6)}…, ${match.length} chars)`);
	return [...new Set(findings)];
}

function redactAround(text, index, length) {
	return `${text.slice(Math.max(0, index - 80), index)}<TOKEN>${text.slice(index + length, index + length + 40)}`;
}

/** Prints a one-line figure (visible in the jest output). */
function figure(line) {
	process.stdout.write(`\n${line}\n`);
	figures.push(line);
}
const figures = [];

module.exports = {
	loadSimulator,
	startSim,
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
	figures,
};
