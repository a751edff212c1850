/**
 * A "trap": a second HTTP server on another 127.0.0.1 port that records every request it gets and
 * answers like Flexport would, so a leak would look like success. Tests redirect the simulator's
 * answers here and then assert that no credential arrived.
 */
// Test-only server.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import * as http from 'node:http';

export interface TrappedRequest {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export interface Trap {
	url: string;
	origin: string;
	requests: TrappedRequest[];
	close(): Promise<void>;
}

/** Bytes the trap serves for a file download (a storage host would serve the file). */
export const TRAP_FILE = Buffer.from('%PDF-1.4 trap file\n');

export async function startTrap(): Promise<Trap> {
	const requests: TrappedRequest[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			requests.push({
				method: req.method ?? '',
				url: req.url ?? '',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			});
			if (req.url?.includes('/files/')) {
				res.writeHead(200, {
					'Content-Type': 'application/pdf',
					'Content-Length': TRAP_FILE.length,
				});
				res.end(TRAP_FILE);
				return;
			}
			const body = JSON.stringify({
				_object: '/api/response',
				data: { _object: '/shipment', id: 666, name: 'served by the trap' },
			});
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(body);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: origin,
		origin,
		requests,
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Every form of `secret` a request could carry it in. */
function formsOf(secret: string): string[] {
	return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')];
}

/** The secrets (token, key, client secret) that appear anywhere in the trapped requests. */
export function leakedSecrets(trap: Trap, secrets: string[]): string[] {
	const seen = trap.requests.map((request) => JSON.stringify(request)).join('\n');
	return secrets.filter((secret) => formsOf(secret).some((form) => seen.includes(form)));
}
