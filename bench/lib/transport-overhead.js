'use strict';

/**
 * Scenario 3, run in its own process by bench/run.js (it loads TypeScript through ts-node):
 * the Flexport node's request path inside n8n-core's real execution engine (test/harness/n8nHarness.ts,
 * one "Get shipment" GET per item, Parallel Requests 1) against a bare axios GET of the same URLs with
 * the same OAuth token, one at a time. Both hit the same in-process simulator with no latency and no
 * rate limit, so the difference is what the node adds per request.
 *
 * Prints one JSON line on stdout: {requests, rounds, node: {perRequestMs[]}, axios: {perRequestMs[]}, ...}.
 * Usage: node bench/lib/transport-overhead.js <requests> <rounds>
 */

process.env.TS_NODE_TRANSPILE_ONLY = '1';
process.env.TS_NODE_PROJECT =
	process.env.TS_NODE_PROJECT || require('path').join(__dirname, '..', '..', 'tsconfig.json');
require('ts-node/register');
// `nodes/Flexport/Flexport.node` must resolve to the .ts file, not to its codex Flexport.node.json
// (Node tries extensions in registration order; jest is configured the same way).
{
	const extensions = require('module')._extensions;
	const json = extensions['.json'];
	delete extensions['.json'];
	extensions['.json'] = json;
}

const path = require('path');
const { performance } = require('perf_hooks');
const axios = require('axios');

const ROOT = path.join(__dirname, '..', '..');
const { startSimulator } = require(path.join(ROOT, 'test', 'simulator'));
const { oauthCredentialData } = require(path.join(ROOT, 'test', 'simulator', 'credential-data'));
const harness = require(path.join(ROOT, 'test', 'harness', 'n8nHarness.ts'));
const { httpRequestNodeRunner } = require('./http-request-node');

const { CredentialStore, runFlexportNode, withRealHelpers } = harness;

const REQUESTS = Math.max(10, Math.min(5000, Number(process.argv[2]) || 500));
const ROUNDS = Math.max(1, Math.min(10, Number(process.argv[3]) || 3));

const FIRST_ID = 200001;
const SEEDED = 120;
const idAt = (i) => FIRST_ID + (i % SEEDED);

function nodeParameters(literalId) {
	return {
		resource: 'shipment',
		operation: 'get',
		// literalId: the same id for every item, so n8n evaluates no expression per item.
		shipmentId: {
			__rl: true,
			mode: 'id',
			value: literalId ? String(literalId) : '={{ $json.id }}',
		},
		simplify: false,
		requestOptions: { parallelRequests: 1 },
	};
}

async function runNode(store, count, literalId) {
	const items = Array.from({ length: count }, (_, i) => ({ id: idAt(i) }));
	const result = await runFlexportNode(store, { parameters: nodeParameters(literalId), items });
	if (result.error) throw new Error(`node run failed: ${result.error.message}`);
	if (result.items.length !== count)
		throw new Error(`node returned ${result.items.length} items, expected ${count}`);
	const task = result.run.data.resultData.runData.Flexport[0];
	return { executionTimeMs: task.executionTime };
}

async function runAxios(client, sim, token, count) {
	for (let i = 0; i < count; i++) {
		const res = await client.get(`${sim.url}/shipments/${idAt(i)}`, {
			headers: {
				Authorization: `Bearer ${token}`,
				'Flexport-Version': '2',
				Accept: 'application/json',
			},
		});
		if (res.data?._object !== '/api/response')
			throw new Error(`axios: unexpected body for ${idAt(i)}`);
	}
}

/** n8n-core's own this.helpers.httpRequest (what every node's request goes through), no node code. */
async function runCoreHelper(store, sim, token, count) {
	await withRealHelpers(store, async ({ helpers }) => {
		for (let i = 0; i < count; i++) {
			const body = await helpers.httpRequest({
				method: 'GET',
				url: `${sim.url}/shipments/${idAt(i)}`,
				headers: {
					Authorization: `Bearer ${token}`,
					'Flexport-Version': '2',
					Accept: 'application/json',
				},
				json: true,
			});
			if (body?._object !== '/api/response')
				throw new Error(`helpers.httpRequest: unexpected body for ${idAt(i)}`);
		}
	});
}

function tokenFrom(store) {
	const raw = store.get('cred-1').managedToken;
	const state = typeof raw === 'string' ? JSON.parse(raw) : raw;
	if (!state?.accessToken)
		throw new Error('no managed token in the credential after the warm-up run');
	return state.accessToken;
}

async function main() {
	const sim = await startSimulator({ port: 0, quiet: true, dailyTokenQuota: 1000 });
	try {
		const store = new CredentialStore();
		store.set('cred-1', 'flexportOAuth2Api', oauthCredentialData(sim));
		// Warm-up: obtains the token (stored in the credential, as n8n does) and warms the JIT of both paths.
		await runNode(store, 50);
		const token = tokenFrom(store);
		const client = axios.create();
		await runAxios(client, sim, token, 50);
		sim.resetStats();

		await runCoreHelper(store, sim, token, 50);
		await runNode(store, 50, FIRST_ID);

		const runHttpNode = httpRequestNodeRunner(harness, { baseUrl: sim.url });
		const httpItems = Array.from({ length: REQUESTS }, (_, i) => ({ id: idAt(i) }));
		await runHttpNode(store, httpItems.slice(0, 50));

		const variants = {
			node: () => runNode(store, REQUESTS),
			httpRequestNode: () => runHttpNode(store, httpItems),
			axios: () => runAxios(client, sim, token, REQUESTS),
			n8nCoreHelper: () => runCoreHelper(store, sim, token, REQUESTS),
			nodeLiteralId: () => runNode(store, REQUESTS, FIRST_ID),
		};
		const measured = Object.fromEntries(
			Object.keys(variants).map((name) => [
				name,
				{ perRequestMs: [], cpuPerRequestMs: [], executionTimePerRequestMs: [] },
			]),
		);
		for (let round = 0; round < ROUNDS; round++) {
			// Every variant once per round, in an order that rotates so drift in machine load does not
			// favour one side; ratios are taken per round.
			const names = Object.keys(variants);
			const order = names.map((_, i) => names[(i + round) % names.length]);
			for (const name of order) {
				const cpuBefore = process.cpuUsage();
				const started = performance.now();
				const result = await variants[name]();
				const wallMs = performance.now() - started;
				const cpu = process.cpuUsage(cpuBefore);
				measured[name].perRequestMs.push(wallMs / REQUESTS);
				measured[name].cpuPerRequestMs.push((cpu.user + cpu.system) / 1000 / REQUESTS);
				if (result?.executionTimeMs !== undefined)
					measured[name].executionTimePerRequestMs.push(result.executionTimeMs / REQUESTS);
			}
		}
		const stats = sim.stats();
		process.stdout.write(
			`${JSON.stringify({
				requests: REQUESTS,
				rounds: ROUNDS,
				...measured,
				simulator: {
					apiRequests: stats.apiRequests,
					tokenRequests: stats.tokenRequests,
					byStatus: stats.byStatus,
				},
			})}\n`,
		);
	} finally {
		await sim.close();
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${error.stack || error}\n`);
		process.exit(1);
	},
);
