#!/usr/bin/env node
'use strict';
/**
 * Starts the Flexport simulator for `npm start` and writes its connection details (URL, token URL,
 * client id and secret) to a JSON file readable only by the user, so that start.sh can create the
 * n8n credential without printing the secret. Stays in the foreground until SIGINT/SIGTERM.
 *
 *   node scripts/e2e-simulator.js --port 4010 --info .e2e/demo/simulator.json
 */
const fs = require('fs');
const path = require('path');
const { startSimulator } = require(path.join(__dirname, '..', 'test', 'simulator'));

function arg(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : process.argv[i + 1];
}

(async () => {
	const port = Number(arg('port', process.env.SIM_PORT || 4010));
	const info = arg('info');
	// A signing key kept beside the demo's n8n folder: the stored token stays valid across restarts.
	const keyFile = arg('key-file');
	let signingKey;
	if (keyFile) {
		if (!fs.existsSync(keyFile))
			fs.writeFileSync(keyFile, require('crypto').randomBytes(32).toString('hex'), { mode: 0o600 });
		signingKey = fs.readFileSync(keyFile, 'utf8').trim();
	}
	const sim = await startSimulator({ port, quiet: process.env.SIM_VERBOSE !== '1', signingKey });
	if (info) {
		fs.writeFileSync(
			info,
			JSON.stringify(
				{
					url: sim.url,
					tokenUrl: sim.tokenUrl,
					clientId: sim.clientId,
					clientSecret: sim.clientSecret,
					apiKey: sim.apiKey,
					pid: process.pid,
				},
				null,
				2,
			),
			{ mode: 0o600 },
		);
	}
	console.log(
		`[simulator] Flexport simulator on ${sim.url} (token URL ${sim.tokenUrl}, client id ${sim.clientId}); stats: ${sim.url}/__sim/stats`,
	);
	const stop = async () => {
		await sim.close();
		if (info) fs.rmSync(info, { force: true });
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((error) => {
	console.error(`[simulator] could not start: ${error.message}`);
	process.exit(1);
});
