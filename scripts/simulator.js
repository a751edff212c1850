#!/usr/bin/env node
'use strict';

// `npm run simulator [-- --port 4010 --token-lifetime 3600]`
// Starts the Flexport API simulator on 127.0.0.1 and keeps it running until Ctrl-C. Prints the URLs
// and the simulator's test credentials (they are not real Flexport credentials). `npm start` runs it
// with --info (connection details to a file readable only by the user, so start.sh can create the n8n
// credential without printing the secret) and --key-file (a signing key kept beside the demo's n8n
// folder, so a stored token stays valid across restarts).

const fs = require('node:fs');
const crypto = require('node:crypto');
const { startSimulator } = require('../test/simulator');

const USAGE = `Usage: npm run simulator -- [options]

  --port N                 listen on 127.0.0.1:N (default: a random free port)
  --token-lifetime S       access token lifetime in seconds (default 86400)
  --daily-token-quota N    tokens per client id per 24 h (default 10)
  --large-collection N     serve N synthetic shipments on GET /shipments
  --refresh-tokens         issue refresh tokens and accept grant_type=refresh_token
  --info FILE              write the connection details (with the test secrets) to FILE, mode 0600
  --key-file FILE          sign tokens with the key in FILE (created if missing)
  --verbose                log one line per request
  --help                   show this help`;

function parseArgs(argv) {
	const options = { quiet: true };
	const files = {};
	const numberAfter = (index, name) => {
		const value = Number(argv[index + 1]);
		if (!Number.isInteger(value) || value < 0)
			throw new Error(`${name} needs a non-negative integer`);
		return value;
	};
	const fileAfter = (index, name) => {
		const value = argv[index + 1];
		if (!value || value.startsWith('--')) throw new Error(`${name} needs a file name`);
		return value;
	};
	for (let i = 0; i < argv.length; i += 1) {
		const arg = argv[i];
		switch (arg) {
			case '--port':
				options.port = numberAfter(i, arg);
				i += 1;
				break;
			case '--token-lifetime':
				options.tokenLifetimeSeconds = numberAfter(i, arg);
				i += 1;
				break;
			case '--daily-token-quota':
				options.dailyTokenQuota = numberAfter(i, arg);
				i += 1;
				break;
			case '--large-collection':
				options.largeCollection = numberAfter(i, arg);
				i += 1;
				break;
			case '--info':
				files.info = fileAfter(i, arg);
				i += 1;
				break;
			case '--key-file':
				files.keyFile = fileAfter(i, arg);
				i += 1;
				break;
			case '--refresh-tokens':
				options.issueRefreshTokens = true;
				break;
			case '--verbose':
				options.quiet = false;
				break;
			case '--help':
			case '-h':
				return { help: true };
			default:
				throw new Error(`Unknown option ${arg}`);
		}
	}
	return { options, files };
}

function readSigningKey(keyFile) {
	if (!fs.existsSync(keyFile)) {
		fs.writeFileSync(keyFile, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
	}
	return fs.readFileSync(keyFile, 'utf8').trim();
}

function connectionDetails(sim) {
	return {
		url: sim.url,
		tokenUrl: sim.tokenUrl,
		audience: sim.audience,
		clientId: sim.clientId,
		clientSecret: sim.clientSecret,
		apiKey: sim.apiKey,
		webhookSecret: sim.webhookSecret,
		logistics: sim.logistics.connection,
		pid: process.pid,
	};
}

async function main() {
	let parsed;
	try {
		parsed = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`${error.message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (parsed.help) {
		console.log(USAGE);
		return;
	}
	const { options, files } = parsed;
	if (process.env.SIM_VERBOSE === '1') options.quiet = false;
	if (files.keyFile) options.signingKey = readSigningKey(files.keyFile);
	const sim = await startSimulator(options);
	if (files.info) {
		fs.writeFileSync(files.info, JSON.stringify(connectionDetails(sim), null, 2), { mode: 0o600 });
		console.log(
			`[simulator] Flexport simulator on ${sim.url} (token URL ${sim.tokenUrl}); details in ${files.info}`,
		);
	} else {
		console.log(`Flexport API simulator listening
  API base URL:    ${sim.url}
  Token URL:       ${sim.tokenUrl}
  Audience:        ${sim.audience}
  Client ID:       ${sim.clientId}
  Client secret:   ${sim.clientSecret}
  Legacy API key:  ${sim.apiKey}
  Webhook secret:  ${sim.webhookSecret}
  Control:         ${sim.url}/__sim/info, /__sim/stats, /__sim/faults, /__sim/clock, /__sim/events, /__sim/webhook
  Logistics API:   ${sim.logistics.connection.apiUrl} (versions ${sim.logistics.versions.join(', ')})
  Logistics token: ${sim.logistics.accessToken} (all scopes; ${sim.logistics.limitedToken} lacks ${sim.logistics.limitedTokenMissingScope})
  Logistics ctrl:  ${sim.url}/__sim/logistics/info, /stats, /faults, /settings, /tokens, /events, /deliveries
Press Ctrl-C to stop.`);
	}

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await sim.close();
		if (files.info) fs.rmSync(files.info, { force: true });
		console.log('Simulator stopped.');
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error.code === 'EADDRINUSE' ? `Port already in use: ${error.message}` : error);
	process.exit(1);
});
