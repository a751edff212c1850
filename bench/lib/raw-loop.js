'use strict';

/**
 * Scenario 2 baseline, run in its own process (on the same Node binary as n8n) by bench/run.js:
 * the plainest possible "Return All" — fetch page 1 of /shipments with per=100, parse it, keep the
 * records, follow `data.next` until there is none. No retries, no pacing, no n8n.
 *
 * Usage: node bench/lib/raw-loop.js <baseUrl> <bearerToken> [maxPages]
 * Prints one JSON line: {ms, pages, records, jsonBytes, peakRssBytes}.
 */

const { performance } = require('perf_hooks');

async function main() {
	const [baseUrl, token, maxPagesArg] = process.argv.slice(2);
	if (!baseUrl || !token) throw new Error('usage: raw-loop.js <baseUrl> <token> [maxPages]');
	const maxPages = Math.max(1, Math.min(100_000, Number(maxPagesArg) || 2000));
	const headers = {
		Authorization: `Bearer ${token}`,
		'Flexport-Version': '2',
		Accept: 'application/json',
	};
	const records = [];
	let url = `${baseUrl}/shipments?page=1&per=100`;
	let pages = 0;
	const started = performance.now();
	while (url && pages < maxPages) {
		const res = await fetch(url, { headers });
		if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
		const body = await res.json();
		pages++;
		const page = body.data;
		for (const record of page.data) records.push(record);
		url = page.next && page.data.length > 0 ? page.next : null;
	}
	const ms = performance.now() - started;
	// Size of the data itself (what n8n ends up holding as item JSON), measured after the clock stopped.
	let jsonBytes = 0;
	for (const record of records) jsonBytes += Buffer.byteLength(JSON.stringify(record));
	const peakRssBytes = (() => {
		try {
			const status = require('fs').readFileSync('/proc/self/status', 'utf8');
			return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) * 1024;
		} catch {
			return process.memoryUsage().rss;
		}
	})();
	process.stdout.write(
		`${JSON.stringify({ ms, pages, records: records.length, jsonBytes, peakRssBytes })}\n`,
	);
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`${error.stack || error}\n`);
		process.exit(1);
	},
);
