/**
 * Bounded work (nodes/shared/transport/limits.ts): a total deadline per request whatever the
 * server dribbles, and size caps on API answers and downloads. Unit tests on streams, then the
 * node in n8n-core's engine against the simulator's hostile-host faults.
 */
// Test-only streams.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { Readable } from 'node:stream';

import { sleep } from 'n8n-workflow';

import {
	BODY_TOO_LARGE_CODE,
	DEADLINE_CODE,
	readBody,
	TransportFailure,
	withinDeadline,
} from '../../../../nodes/shared/transport/limits';
import { useSimulator } from '../../../harness/simulatorFixture';

const deadline = (ms: number) => ({
	at: Date.now() + ms,
	timeoutMs: ms,
	label: 'GET /x',
	service: 'Flexport',
});

/** A stream that sends one byte every `intervalMs`, `count` times. */
function dribbling(intervalMs: number, count: number): Readable {
	let sent = 0;
	return new Readable({
		read() {
			if (sent >= count) return void this.push(null);
			sent++;
			void sleep(intervalMs).then(() => !this.destroyed && this.push('x'));
		},
	});
}

describe('withinDeadline and readBody', () => {
	it('a dribbling body fails at the deadline, not when the server stops', async () => {
		const stream = dribbling(300, 100);
		const started = Date.now();
		const failure = await readBody(stream, 1024, deadline(1000)).catch((error) => error);
		const elapsed = Date.now() - started;
		expect(failure).toBeInstanceOf(TransportFailure);
		expect(failure.code).toBe(DEADLINE_CODE);
		expect(failure.userMessage).toMatch(/did not answer GET \/x within the timeout \(1 s/);
		expect(elapsed).toBeGreaterThanOrEqual(950);
		expect(elapsed).toBeLessThan(1500);
		expect(stream.destroyed).toBe(true);
	});

	it('a body over the limit fails as soon as the limit is passed, and the stream is closed', async () => {
		const stream = Readable.from([Buffer.alloc(600), Buffer.alloc(600), Buffer.alloc(600)]);
		const failure = await readBody(stream, 1000, deadline(5000), { tooLargeHint: 'smaller' }).catch(
			(error) => error,
		);
		expect(failure.code).toBe(BODY_TOO_LARGE_CODE);
		expect(failure.userMessage).toMatch(/answered GET \/x with more than 1000 bytes/);
		expect(failure.hint).toBe('smaller');
		expect(stream.destroyed).toBe(true);
	});

	it('with truncate, keeps the first bytes instead of failing (error bodies)', async () => {
		const stream = Readable.from([Buffer.from('abcdef'), Buffer.from('ghij')]);
		const bytes = await readBody(stream, 8, deadline(5000), { truncate: true });
		expect(bytes.toString()).toBe('abcdefgh');
	});

	it('a connection that closes early is a retriable network failure', async () => {
		const stream = new Readable({ read() {} });
		stream.push('half');
		void sleep(20).then(() => stream.destroy());
		const failure = await readBody(stream, 1000, deadline(5000)).catch((error) => error);
		expect(failure.code).toBe('ECONNRESET');
	});

	it('hands a late result to `abandon` (to close what nobody will read)', async () => {
		const abandoned: string[] = [];
		const late = sleep(200).then(() => 'late answer');
		await expect(
			withinDeadline(
				late,
				Date.now() + 50,
				() => new Error('too late'),
				(value) => abandoned.push(value),
			),
		).rejects.toThrow('too late');
		await late;
		expect(abandoned).toEqual(['late answer']);
	});
});

describe('limits in the node', () => {
	const env = useSimulator();
	const getShipment = {
		resource: 'shipment',
		operation: 'get',
		shipmentId: { __rl: true, mode: 'id', value: '200001' },
	};

	beforeEach(async () => {
		await env.run({ parameters: getShipment }); // the token first, so faults hit API calls only
	});

	it('a server dribbling one byte every 300 ms against a 1 s timeout fails at about 1 s', async () => {
		env.sim.setFaults({ dribble: { count: 5, intervalMs: 300 }, pathFilter: '/shipments' });
		const started = Date.now();
		const { error, requests } = await env.run({
			parameters: { ...getShipment, requestOptions: { timeoutSeconds: 1 } },
		});
		const elapsed = Date.now() - started;
		expect(error?.message).toMatch(
			/Flexport did not answer GET \/shipments\/200001 within the timeout \(1 s for the whole answer\)/,
		);
		expect(error?.description).toMatch(/Raise "Request Options → Timeout"/);
		expect(elapsed).toBeGreaterThanOrEqual(950);
		expect(elapsed).toBeLessThan(2000);
		expect(requests).toHaveLength(1); // the server was answering, too slowly: not sent again
	});

	it("no answer at all within the timeout: a GET is sent again, as after n8n's own timeout", async () => {
		env.sim.setFaults({ latencyMs: 1500, pathFilter: '/shipments' });
		const { error, requests } = await env.run({
			parameters: { ...getShipment, requestOptions: { timeoutSeconds: 1 } },
		});
		expect(error?.message).toMatch(
			/Flexport did not answer GET \/shipments\/200001 within the timeout/,
		);
		expect(requests).toHaveLength(3);
	}, 30_000);

	it('an API answer over 50 MB is refused with a clear error', async () => {
		env.sim.setFaults({ padBody: { bytes: 51 * 1024 * 1024 }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: getShipment });
		expect(error?.message).toMatch(
			/Flexport answered GET \/shipments\/200001 with more than 50 MB; the node stopped reading it/,
		);
		expect(error?.description).toMatch(/Narrow the request/);
	}, 60_000);

	it('a download over Request Options → Max Download Size is refused; under it, it is read', async () => {
		const download = (maxDownloadMegabytes: number) => ({
			resource: 'document',
			operation: 'download',
			documentId: {
				__rl: true,
				mode: 'id',
				value: (env.sim.fixtures as { documentId: string }).documentId,
			},
			binaryPropertyName: 'file',
			requestOptions: { maxDownloadMegabytes },
		});
		const small = await env.run({ parameters: download(0.0002) }); // 209 bytes; the file has more
		expect(small.error?.message).toMatch(
			/Flexport answered GET \/documents\/\S+\/download with more than 209 bytes/,
		);
		expect(small.error?.description).toMatch(/Raise "Request Options → Max Download Size"/);
		const enough = await env.run({ parameters: download(5) });
		expect(enough.error).toBeUndefined();
		expect(enough.items[0].json.size).toBeGreaterThan(209);
	});
});
