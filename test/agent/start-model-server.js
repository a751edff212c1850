#!/usr/bin/env node
'use strict';

/**
 * Runs the scripted model server for the `npm start` demo until Ctrl-C / SIGTERM:
 *   node test/agent/start-model-server.js [--port 4020] [--info FILE] [--verbose]
 * --info writes {url, apiKey, modelId} to FILE (mode 0600) once it listens, for the script that
 * creates n8n's OpenAI credential. The key is the server's fixed demo key, not a real OpenAI key.
 */

const fs = require('node:fs');

const { startModelServer } = require('./model-server');
const { SCENARIOS, DEMO_HELP } = require('./scenarios');

function parseArgs(argv) {
	const options = { port: 0, info: null, verbose: false };
	for (let i = 0; i < argv.length; i += 1) {
		const arg = argv[i];
		if (arg === '--verbose') options.verbose = true;
		else if (arg === '--port' || arg === '--info') {
			const value = argv[(i += 1)];
			if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
			if (arg === '--port') {
				options.port = Number(value);
				if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
					throw new Error('--port needs a port number (0-65535)');
			} else options.info = value;
		} else throw new Error(`unknown argument ${arg} (use --port N, --info FILE, --verbose)`);
	}
	return options;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const log = options.verbose ? (line) => process.stdout.write(`${line}\n`) : undefined;
	const server = await startModelServer({
		port: options.port,
		scenarios: [...SCENARIOS, DEMO_HELP],
		log,
	});
	if (options.info) {
		const info = { url: server.url, apiKey: server.apiKey, modelId: server.modelId };
		fs.writeFileSync(options.info, JSON.stringify(info), { mode: 0o600 });
	}
	process.stdout.write(
		`[model] scripted OpenAI-compatible model on ${server.url} (model ${server.modelId})\n`,
	);
	const stop = () => server.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`[model] ${error.message}\n`);
	process.exit(1);
});
