'use strict';

/**
 * n8n in queue mode for the scale-out test: Redis + PostgreSQL (started by scripts/queue-setup.sh on
 * 127.0.0.1 with data in a temp folder), one main (`n8n start`) and N workers (`n8n worker`), all on
 * the same user folder (so the same encryption key and the same installed community package) and the
 * same database. Reuses the e2e helpers (test/e2e/lib/n8n.js) for the user folder, the package
 * install, CLI imports, the main process, webhooks and REST.
 *
 *   const cluster = await QueueCluster.start({ name, workers: 3, credentials, workflows, activate, webhooks });
 *   cluster.workers[i].executions   // execution ids this worker logged "Worker started execution X" for
 *   await cluster.sql('select …')   // rows as arrays of strings (psql -At)
 *   await cluster.stop()            // workers, main, redis, postgres; bounded waits
 */

const { spawn, execFile, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { N8n, ROOT, freePort, sleep, tail } = require('../../e2e/lib/n8n');

const SETUP = path.join(ROOT, 'scripts', 'queue-setup.sh');
const STARTED_RE = /Worker started execution (\d+)/g;

function parseKeyValues(text) {
	const out = {};
	for (const line of text.split('\n')) {
		const m = line.match(/^([A-Z_]+)=(.*)$/);
		if (m) out[m[1]] = m[2];
	}
	return out;
}

class Worker {
	constructor(index, child, healthPort) {
		this.index = index;
		this.name = `worker${index + 1}`;
		this.child = child;
		this.healthPort = healthPort;
		this.stdout = '';
		this.stderr = '';
		/** Execution ids in the order this worker started them. */
		this.executions = [];
		this.exited = new Promise((resolve) =>
			child.on('exit', (code, signal) => resolve({ code, signal })),
		);
		child.stdout.on('data', (d) => {
			const text = String(d);
			this.stdout += text;
			for (const m of text.matchAll(STARTED_RE)) this.executions.push(Number(m[1]));
		});
		child.stderr.on('data', (d) => (this.stderr += d));
	}

	get alive() {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	async stop({ graceMs = 15_000, signal = 'SIGTERM' } = {}) {
		if (!this.alive) return this.exited;
		this.child.kill(signal);
		const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
		const result = await this.exited;
		clearTimeout(timer);
		return result;
	}
}

class QueueCluster {
	/**
	 * @param {object} o
	 * @param {string} o.name
	 * @param {number} [o.workers=3]
	 * @param {number} [o.workerConcurrency=10]
	 * @param {Array} [o.credentials] plain credential objects (n8n encrypts them on import)
	 * @param {Array} [o.workflows]
	 * @param {string[]} [o.activate] workflow ids to publish before the main starts
	 * @param {string[]} [o.webhooks] production webhook paths to wait for
	 * @param {object} [o.env] extra env for every n8n process
	 */
	static async start(o) {
		const cluster = new QueueCluster(o);
		try {
			await cluster.boot();
		} catch (error) {
			await cluster.stop().catch(() => undefined);
			throw error;
		}
		return cluster;
	}

	constructor({
		name = 'queue',
		workers = 3,
		workerConcurrency = 10,
		credentials = [],
		workflows = [],
		activate = [],
		webhooks = [],
		env = {},
	}) {
		this.options = {
			name,
			workers,
			workerConcurrency,
			credentials,
			workflows,
			activate,
			webhooks,
			env,
		};
		this.servicesDir = fs.mkdtempSync(path.join(os.tmpdir(), `n8n-queue-services-${name}-`));
		this.services = null;
		this.n8n = null;
		this.workers = [];
		this.timings = {};
	}

	async boot() {
		const t0 = Date.now();
		const out = execFileSync('bash', [SETUP, 'start', this.servicesDir], {
			encoding: 'utf8',
			timeout: 240_000,
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		this.services = parseKeyValues(out);
		if (!this.services.QUEUE_REDIS_PORT || !this.services.QUEUE_PG_PORT)
			throw new Error(`queue-setup.sh start printed no ports:\n${out}`);
		this.timings.services = Date.now() - t0;

		const env = {
			EXECUTIONS_MODE: 'queue',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: this.services.QUEUE_PG_PORT,
			DB_POSTGRESDB_DATABASE: this.services.QUEUE_PG_DATABASE,
			DB_POSTGRESDB_USER: this.services.QUEUE_PG_USER,
			DB_POSTGRESDB_PASSWORD: this.services.QUEUE_PG_PASSWORD,
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: this.services.QUEUE_REDIS_PORT,
			// A killed worker's job is declared stalled (and, maxStalledCount being 0 in n8n, failed) within
			// seconds instead of a minute; the main marks its execution "crashed" on its next recovery pass.
			QUEUE_WORKER_LOCK_DURATION: '8000',
			QUEUE_WORKER_LOCK_RENEW_TIME: '2000',
			QUEUE_WORKER_STALLED_INTERVAL: '4000',
			N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL: '0.2', // minutes: every 12 s
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
			QUEUE_BULL_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
			N8N_LOG_LEVEL: 'info',
			...this.options.env,
		};
		// Own folder name (not n8n-e2e-*), so no clean-up of the e2e suite's folders can touch it.
		this.userFolder = fs.mkdtempSync(
			path.join(os.tmpdir(), `flexport-queue-${this.options.name}-`),
		);
		this.n8n = await N8n.create({
			name: `queue-${this.options.name}`,
			userFolder: this.userFolder,
			env,
		});
		const t1 = Date.now();
		this.n8n.installPackage();
		if (this.options.credentials.length) await this.n8n.importCredentials(this.options.credentials);
		if (this.options.workflows.length) await this.n8n.importWorkflows(this.options.workflows);
		for (const id of this.options.activate) await this.n8n.activateWorkflow(id);
		this.timings.import = Date.now() - t1;

		const t2 = Date.now();
		// Workers first: the main's webhooks enqueue jobs as soon as they are registered.
		for (let i = 0; i < this.options.workers; i++) this.workers.push(await this.spawnWorker(i));
		this.n8n.webhooks = this.options.webhooks;
		const mainP = this.n8n.start({ timeoutMs: 150_000 });
		await Promise.all([mainP, ...this.workers.map((w) => this.waitWorkerReady(w))]);
		this.timings.processes = Date.now() - t2;
	}

	async spawnWorker(index) {
		const healthPort = await freePort();
		const brokerPort = await freePort();
		const rt = this.n8n.rt;
		const child = spawn(
			rt.nodeBin,
			[rt.n8nBin, 'worker', `--concurrency=${this.options.workerConcurrency}`],
			{
				env: this.n8n.env({
					N8N_RUNNERS_BROKER_PORT: String(brokerPort),
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				}),
				cwd: this.n8n.workDir,
			},
		);
		const worker = new Worker(index, child, healthPort);
		this.n8n.output.push({
			command: `n8n worker (${worker.name})`,
			get stdout() {
				return worker.stdout;
			},
			get stderr() {
				return worker.stderr;
			},
		});
		return worker;
	}

	async waitWorkerReady(worker, { timeoutMs = 150_000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline && worker.alive) {
			try {
				const res = await fetch(`http://127.0.0.1:${worker.healthPort}/healthz/readiness`, {
					signal: AbortSignal.timeout(2000),
				});
				if (res.ok) return;
			} catch {
				/* not listening yet */
			}
			await sleep(300);
		}
		throw new Error(
			`${worker.name} did not become ready (${worker.alive ? 'timeout' : 'exited'})\n${tail(worker.stdout + '\n' + worker.stderr)}`,
		);
	}

	/** Replaces a dead worker by a fresh process with the same index. */
	async restartWorker(index) {
		await this.workers[index].stop();
		const worker = await this.spawnWorker(index);
		worker.previous = this.workers[index];
		this.workers[index] = worker;
		await this.waitWorkerReady(worker);
		return worker;
	}

	/** Which worker logged "Worker started execution <id>" (name, or undefined). */
	workerOf(executionId) {
		const id = Number(executionId);
		for (const w of this.workers) {
			for (let x = w; x; x = x.previous) if (x.executions.includes(id)) return w.name;
		}
		return undefined;
	}

	/** Executions started per worker, for ids in [fromId, toId] (all when omitted). */
	perWorker(filter = () => true) {
		const counts = {};
		for (const w of this.workers) {
			let n = 0;
			for (let x = w; x; x = x.previous) n += x.executions.filter(filter).length;
			counts[w.name] = n;
		}
		return counts;
	}

	/** Runs SQL against n8n's PostgreSQL database; resolves rows as arrays of strings. */
	sql(query) {
		const s = this.services;
		return new Promise((resolve, reject) => {
			execFile(
				'psql',
				[
					'-h',
					'127.0.0.1',
					'-p',
					s.QUEUE_PG_PORT,
					'-U',
					s.QUEUE_PG_USER,
					'-d',
					s.QUEUE_PG_DATABASE,
					'-At',
					'-F',
					'\t',
					'-v',
					'ON_ERROR_STOP=1',
					'-c',
					query,
				],
				{
					env: { ...process.env, PGPASSWORD: s.QUEUE_PG_PASSWORD, PGCONNECT_TIMEOUT: '10' },
					timeout: 30_000,
					maxBuffer: 64 * 1024 * 1024,
				},
				(error, stdout, stderr) => {
					if (error) return reject(new Error(`psql: ${error.message}\n${stderr}`));
					resolve(
						stdout
							.split('\n')
							.filter((l) => l !== '')
							.map((l) => l.split('\t')),
					);
				},
			);
		});
	}

	/** The highest execution id so far (0 before the first). */
	async lastExecutionId() {
		return Number(
			(await this.sql('select coalesce(max(id::bigint), 0) from execution_entity'))[0][0],
		);
	}

	/**
	 * Executions after `lastId` that did not succeed, split by cause: n8n 2.41 runs a node's
	 * resource-locator regex in a VM with a 250 ms budget (n8n-workflow's safe-regex.ts) before the node
	 * starts, which an overloaded host can exceed ("Regular expression execution timed out"); those never
	 * reached the node. Resolves { beforeTheNode, others } (execution ids).
	 */
	async failedSince(lastId) {
		const rows = await this.sql(
			`select e.id, position('Regular expression execution timed out' in d.data) > 0 from execution_entity e ` +
				`join execution_data d on d."executionId" = e.id where e.id::bigint > ${lastId} and e.status <> 'success' order by e.id::bigint`,
		);
		return {
			beforeTheNode: rows.filter(([, regex]) => regex === 't').map(([id]) => Number(id)),
			others: rows.filter(([, regex]) => regex !== 't').map(([id]) => Number(id)),
		};
	}

	/** Writes every process's output to DIR/<n>-<command>.log (for a failed run: QUEUE_LOGS_DIR=…). */
	dumpLogs(dir) {
		if (!dir || !this.n8n) return;
		fs.mkdirSync(dir, { recursive: true });
		this.n8n.output.forEach((o, i) => {
			const name = `${String(i).padStart(3, '0')}-${o.command.replace(/[^A-Za-z0-9]+/g, '_')}.log`;
			fs.writeFileSync(path.join(dir, name), `${o.stdout}\n--- stderr ---\n${o.stderr}`);
		});
	}

	async stop() {
		const errors = [];
		this.dumpLogs(process.env.QUEUE_LOGS_DIR);
		await Promise.all(this.workers.map((w) => w.stop().catch((e) => errors.push(e))));
		if (this.n8n) await this.n8n.dispose().catch((e) => errors.push(e));
		if (this.userFolder && process.env.N8N_E2E_KEEP !== '1')
			fs.rmSync(this.userFolder, { recursive: true, force: true });
		try {
			execFileSync('bash', [SETUP, 'stop', this.servicesDir], {
				timeout: 90_000,
				stdio: ['ignore', 'ignore', 'inherit'],
			});
		} catch (e) {
			errors.push(e);
		}
		if (errors.length) throw errors[0];
	}
}

module.exports = { QueueCluster };
