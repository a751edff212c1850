#!/usr/bin/env node
'use strict';

// `npm run simulator [-- --port 4010 --token-lifetime 3600]`
// Starts the Flexport API simulator on 127.0.0.1 and keeps it running until
// Ctrl-C. Prints the URLs and the simulator's test credentials (they are not
// real Flexport credentials).

const { startSimulator } = require('../test/simulator');

const USAGE = `Usage: npm run simulator -- [options]

  --port N                 listen on 127.0.0.1:N (default: a random free port)
  --token-lifetime S       access token lifetime in seconds (default 86400)
  --daily-token-quota N    tokens per client id per 24 h (default 10)
  --large-collection N     serve N synthetic shipments on GET /shipments
  --refresh-tokens         issue refresh tokens and accept grant_type=refresh_token
  --verbose                log one line per request
  --help                   show this help`;

function parseArgs(argv) {
	const options = { quiet: true };
	const numberAfter = (index, name) => {
		const value = Number(argv[index + 1]);
		if (!Number.isInteger(value) || value < 0)
			throw new Error(`${name} needs a non-negative integer`);
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
			case '--refresh-tokens':
				options.issueRefreshTokens = true;
				break;
			case '--verbose':
				options.quiet = false;
				break;
			case '--help':
			case '-h':
				options.help = true;
				break;
			default:
				throw new Error(`Unknown option ${arg}`);
		}
	}
	return options;
}

async function main() {
	let options;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`${error.message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (options.help) {
		console.log(USAGE);
		return;
	}
	delete options.help;
	const sim = await startSimulator(options);
	console.log(`Flexport API simulator listening
  API base URL:    ${sim.url}
  Token URL:       ${sim.tokenUrl}
  Audience:        ${sim.audience}
  Client ID:       ${sim.clientId}
  Client secret:   ${sim.clientSecret}
  Legacy API key:  ${sim.apiKey}
  Webhook secret:  ${sim.webhookSecret}
  Control:         ${sim.url}/__sim/info, /__sim/stats, /__sim/faults, /__sim/clock, /__sim/events, /__sim/webhook
Press Ctrl-C to stop.`);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await sim.close();
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
