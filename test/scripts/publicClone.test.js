'use strict';

/**
 * A public clone has nothing beside it: no ../shared, no caches. This clones the committed repository
 * into an empty temporary folder, checks that nothing in it reaches outside the clone for a file, and
 * starts the simulator from there (`npm run simulator`'s script) to answer a token request and an API
 * call. node_modules is linked in, as `npm ci` would have put it there.
 */
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
// A relative path in a string ('../x', "../../x") or a path.join/resolve chain of '..' segments.
const RELATIVE_LITERAL = /['"`]((?:\.\.\/)+[^'"`\s$]*)['"`]/g;
const JOINED_SEGMENTS = /((?:['"]\.\.['"],\s*)+)['"]([\w.-]+)['"]/g;

/** The relative paths in `source` that resolve outside `root` from the file's folder. */
function outsideReferences(root, file, source) {
	const folder = path.dirname(path.join(root, file));
	const found = [];
	const escapes = (target) => path.relative(root, path.resolve(folder, target)).startsWith('..');
	for (const [, target] of source.matchAll(RELATIVE_LITERAL)) {
		if (escapes(target)) found.push(target);
	}
	for (const [, dots, name] of source.matchAll(JOINED_SEGMENTS)) {
		const target = [...dots.matchAll(/\.\./g)]
			.map(() => '..')
			.concat(name)
			.join('/');
		if (escapes(target)) found.push(target);
	}
	return found;
}

let workDir;
let clone;
let simulator;

beforeAll(() => {
	workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flexport-public-clone-'));
	clone = path.join(workDir, 'n8n-nodes-flexport');
	execFileSync('git', ['clone', '--quiet', '--no-hardlinks', REPO, clone], { stdio: 'pipe' });
	fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
}, 60_000);

afterAll(async () => {
	if (simulator && simulator.exitCode === null) {
		simulator.kill('SIGTERM');
		await new Promise((resolve) => simulator.once('exit', resolve));
	}
	if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

function trackedFiles() {
	return execFileSync('git', ['ls-files'], { cwd: clone, encoding: 'utf8' })
		.split('\n')
		.filter(
			(file) => /\.(js|mjs|ts|sh|json|yml|yaml)$/.test(file) && !file.endsWith('package-lock.json'),
		)
		.filter((file) => !file.startsWith('spec/') && !file.startsWith('test/scripts/'));
}

test('no file the project runs or tests reads ../shared', () => {
	const offenders = trackedFiles()
		.map((file) => [
			file,
			outsideReferences(clone, file, fs.readFileSync(path.join(clone, file), 'utf8')),
		])
		.filter(([, found]) => found.length > 0)
		.map(([file, found]) => `${file}: ${found.join(', ')}`);
	expect(offenders).toEqual([]);
});

test('the outside-reference check catches a path that leaves the clone and passes one that stays', () => {
	expect(outsideReferences(clone, 'scripts/a.js', "read('../../shared/flexport/x.yaml')")).toEqual([
		'../../shared/flexport/x.yaml',
	]);
	expect(
		outsideReferences(clone, 'test/a.js', "path.join(__dirname, '..', '..', 'shared')"),
	).toEqual(['../../shared']);
	expect(outsideReferences(clone, 'nodes/Flexport/a.ts', "from '../shared/runItems'")).toEqual([]);
});

test('every OpenAPI file the simulator and the coverage tests load is in the clone', () => {
	for (const file of [
		'flexport-api-v2.yaml',
		'flexport-api-v3-additions.yaml',
		'flexport-logistics-api.yaml',
	]) {
		expect(fs.statSync(path.join(clone, 'spec', file)).size).toBeGreaterThan(10_000);
	}
	expect(fs.readFileSync(path.join(clone, 'spec', 'README.md'), 'utf8')).toMatch(
		/Apache License, Version 2\.0/,
	);
});

test('the simulator starts from the clone and answers a token request and GET /shipments', async () => {
	const info = path.join(workDir, 'simulator.json');
	simulator = spawn(process.execPath, ['scripts/simulator.js', '--port', '0', '--info', info], {
		cwd: clone,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, FLEXPORT_OPENAPI_PATH: '' },
	});
	let stderr = '';
	simulator.stderr.on('data', (chunk) => (stderr += chunk));
	const deadline = Date.now() + 20_000;
	while (!fs.existsSync(info) && simulator.exitCode === null && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	if (!fs.existsSync(info)) throw new Error(`simulator did not start from the clone: ${stderr}`);
	const connection = JSON.parse(fs.readFileSync(info, 'utf8'));

	const tokenResponse = await fetch(connection.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			client_id: connection.clientId,
			client_secret: connection.clientSecret,
			audience: connection.audience,
			grant_type: 'client_credentials',
		}),
	});
	expect(tokenResponse.status).toBe(200);
	const { access_token: accessToken } = await tokenResponse.json();
	const shipments = await fetch(`${connection.url}/shipments?page=1&per=2`, {
		headers: { authorization: `Bearer ${accessToken}`, 'flexport-version': '2' },
	});
	expect(shipments.status).toBe(200);
	const body = await shipments.json();
	expect(body._object).toBe('/api/response');
	expect(body.data._object).toBe('/api/collections/paginated');
	expect(body.data.data.length).toBeGreaterThan(0);
	console.log(
		`Public clone: simulator started from a clone with nothing beside it; token 200, GET /shipments 200 (${body.data.data.length} records)`,
	);
}, 40_000);
