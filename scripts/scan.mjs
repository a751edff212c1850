// Runs the n8n community package scanner's analyzer on the source tree and on the unpacked
// `npm pack` tarball, as n8n's verification does. Exits 1 on any violation.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = new URL('..', import.meta.url).pathname;
let failed = false;

async function check(label, dir, patterns) {
	const result = await analyzePackage(dir, patterns);
	if (result.passed) {
		console.log(`scan ${label}: clean${result.message ? ` (${result.message})` : ''}`);
	} else {
		failed = true;
		console.log(`scan ${label}: ${result.message}\n${result.details ?? ''}`);
	}
}

await check('source tree', root, SOURCE_FILE_PATTERNS);

const work = mkdtempSync(join(tmpdir(), 'flexport-scan-'));
try {
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
	const unpacked = join(work, 'package');
	execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
	await check('packed tarball', unpacked, ['**/*.js', 'package.json']);
} finally {
	rmSync(work, { recursive: true, force: true });
}

process.exit(failed ? 1 : 0);
