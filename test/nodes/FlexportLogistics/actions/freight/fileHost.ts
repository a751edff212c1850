/**
 * Puts the simulator's download links on another origin, as a pre-signed storage URL would be:
 * an "API front" on its own 127.0.0.1 port forwards every request to the simulator (which still
 * validates it) and rewrites the simulator's download links in its answers to a "file host" on a
 * second port; the file host forwards downloads to the simulator and records what arrives, so a
 * test can assert that no credential reached it. Both listen on port 0 and close after the tests.
 */
// Test-only servers.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import * as http from 'node:http';

import { logisticsCredentialData, type LogisticsEnv } from '../../../../harness/logisticsFixture';

export interface ArrivedRequest {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
}

export interface FileHost {
	/** Base URL for a credential: the API front. */
	apiUrl: string;
	fileOrigin: string;
	fileRequests: ArrivedRequest[];
	/** When set, the file host answers downloads with this status (an expired link: 403). */
	fileStatus?: number;
	close(): Promise<void>;
}

async function readAll(stream: http.IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

function forwarder(target: URL, rewrite?: (body: string) => string): http.RequestListener {
	return (req, res) => {
		void (async () => {
			const body = await readAll(req);
			const upstream = http.request(
				{
					host: target.hostname,
					port: target.port,
					method: req.method,
					path: req.url,
					headers: { ...req.headers, host: target.host },
				},
				(answer) => {
					void readAll(answer).then((bytes) => {
						const json = /json/.test(String(answer.headers['content-type'] ?? ''));
						const out = rewrite && json ? Buffer.from(rewrite(bytes.toString('utf8'))) : bytes;
						res.writeHead(answer.statusCode ?? 502, {
							...answer.headers,
							'content-length': String(out.length),
						});
						res.end(out);
					});
				},
			);
			upstream.on('error', () => {
				res.writeHead(502);
				res.end();
			});
			upstream.end(body);
		})();
	};
}

async function listen(server: http.Server): Promise<string> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

export async function startFileHost(simulatorUrl: string): Promise<FileHost> {
	const target = new URL(simulatorUrl);
	const close = async (server: http.Server) => {
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	};
	const fileRequests: ArrivedRequest[] = [];
	const host: FileHost = {
		apiUrl: '',
		fileOrigin: '',
		fileRequests,
		close: async () => {
			await close(front);
			await close(files);
		},
	};
	const recordAndForward = forwarder(target);
	const files = http.createServer((req, res) => {
		fileRequests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
		if (!host.fileStatus) return recordAndForward(req, res);
		res.writeHead(host.fileStatus, { 'content-type': 'application/xml' });
		res.end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
	});
	const fileOrigin = await listen(files);
	host.fileOrigin = fileOrigin;
	const downloads = `${target.origin}/logistics/downloads/`;
	const front = http.createServer(
		forwarder(target, (body) => body.split(downloads).join(`${fileOrigin}/logistics/downloads/`)),
	);
	const apiUrl = await listen(front);
	host.apiUrl = apiUrl;
	return host;
}

/** The credential `useFileHost` stores, whose Base URL is the API front. */
export const FRONT_CREDENTIAL = 'logistics-front';

/**
 * A file host for the tests of one `describe` block: started before them, emptied after each,
 * closed after all. `useFront()` stores the credential that goes through it (the store is new in
 * every test) and returns its id for `env.run({ credentialId })`.
 */
export function useFileHost(env: LogisticsEnv): { readonly host: FileHost; useFront(): string } {
	let started: FileHost | undefined;
	beforeAll(async () => {
		started = await startFileHost(env.sim.url);
	});
	afterAll(async () => {
		await started?.close();
	});
	afterEach(() => {
		if (!started) return;
		started.fileRequests.length = 0;
		started.fileStatus = undefined;
	});
	const host = (): FileHost => {
		if (!started) throw new Error('The file host starts in beforeAll; use it inside a test');
		return started;
	};
	return {
		get host() {
			return host();
		},
		useFront() {
			env.store.set(FRONT_CREDENTIAL, 'flexportLogisticsApi', {
				...logisticsCredentialData(env.sim, env.logistics.accessToken),
				baseUrl: host().apiUrl,
			} as never);
			return FRONT_CREDENTIAL;
		},
	};
}

/** Every request that reached the file host carried no Authorization header and no token. */
export function expectNoCredentialArrived(host: FileHost, accessToken: string): void {
	for (const arrived of host.fileRequests) {
		expect(arrived.headers.authorization).toBeUndefined();
		expect(JSON.stringify(arrived.headers)).not.toContain(accessToken);
	}
}
