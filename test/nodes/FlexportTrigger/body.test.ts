/**
 * The delivery body limit: readDeliveryBody() on a stream that counts what was taken from it, then
 * chunked deliveries (no Content-Length) from the simulator to a receiver that leaves the body to
 * the node, and to one that reads it first as n8n does.
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { Readable } from 'node:stream';

import type { IDataObject } from 'n8n-workflow';

import { readDeliveryBody } from '../../../nodes/FlexportTrigger/body';
import { MAX_BODY_BYTES } from '../../../nodes/FlexportTrigger/signature';
import type { WebhookReceiver } from '../../harness/pollHarness';
import { useSimulator } from '../../harness/simulatorFixture';
import { useWebhookReceivers } from './receiverFixture';

const MB = 1024 * 1024;

/** A request-like stream of `total` bytes in 64 KiB chunks, produced only when asked for. */
function lazyBody(total: number, headers: Record<string, string> = {}) {
	let produced = 0;
	const stream = new Readable({
		highWaterMark: 64 * 1024,
		read() {
			if (produced >= total) {
				this.push(null);
				return;
			}
			const size = Math.min(64 * 1024, total - produced);
			produced += size;
			this.push(Buffer.alloc(size, 0x20));
		},
	});
	return { request: Object.assign(stream, { headers }), produced: () => produced };
}

describe('readDeliveryBody', () => {
	it('stops taking data at the first chunk past the limit of a body without Content-Length', async () => {
		const body = lazyBody(50 * MB);
		const reading = await readDeliveryBody(body.request, MAX_BODY_BYTES);
		expect(reading).toEqual({ outcome: 'too-large', bytesRead: MAX_BODY_BYTES + 64 * 1024 });
		// What the stream produced: the bytes read plus what its buffer held ahead.
		expect(body.produced()).toBeLessThan(MAX_BODY_BYTES + MB);
		expect(body.request.isPaused()).toBe(true);
	});

	it('reads a body within the limit completely', async () => {
		const body = lazyBody(MAX_BODY_BYTES);
		const reading = await readDeliveryBody(body.request, MAX_BODY_BYTES);
		expect(reading.outcome).toBe('read');
		expect(reading.outcome === 'read' && reading.rawBody.length).toBe(MAX_BODY_BYTES);
	});

	it('refuses a Content-Length over the limit without reading, and checks a body n8n already read', async () => {
		const body = lazyBody(10, { 'content-length': String(MAX_BODY_BYTES + 1) });
		expect(await readDeliveryBody(body.request, MAX_BODY_BYTES)).toEqual({
			outcome: 'too-large',
			bytesRead: 0,
		});
		expect(body.produced()).toBe(0);
		const preRead = Object.assign(lazyBody(0).request, {
			rawBody: Buffer.alloc(MAX_BODY_BYTES + 1),
		});
		expect(await readDeliveryBody(preRead, MAX_BODY_BYTES)).toEqual({
			outcome: 'too-large',
			bytesRead: MAX_BODY_BYTES + 1,
		});
	});

	it('a stream already consumed or aborted gives no body', async () => {
		const consumed = lazyBody(10);
		consumed.request.resume();
		await new Promise((resolve) => consumed.request.once('end', resolve));
		expect(await readDeliveryBody(consumed.request, MAX_BODY_BYTES)).toEqual({
			outcome: 'unreadable',
		});
		const aborted = lazyBody(10 * MB);
		const reading = readDeliveryBody(aborted.request, MAX_BODY_BYTES);
		aborted.request.destroy();
		expect(await reading).toEqual({ outcome: 'unreadable' });
	});
});

describe('Flexport Trigger: chunked deliveries (simulator)', () => {
	const env = useSimulator();
	const receivers = useWebhookReceivers(env);

	function paddedEvent(bytes: number): IDataObject {
		return {
			_object: '/event',
			id: 990_001,
			type: '/shipment_leg#departed',
			data: { padding: 'x'.repeat(bytes) },
		};
	}

	async function sendChunked(target: WebhookReceiver, event: IDataObject) {
		const rawBody = JSON.stringify(event);
		const response = await receivers.send(target, event, {
			rawBody,
			chunkSize: 64 * 1024,
			timeoutMs: 20_000,
		});
		const runs = target.deliveries.filter((d) => d.result?.workflowData !== undefined).length;
		return { ...response, total: Buffer.byteLength(rawBody), runs };
	}

	it('the node reading the stream: 413 while most of a 40 MB chunked body is still unsent, no run', async () => {
		const receiver = await receivers.start({ parameters: {}, preReadBody: false });
		const result = await sendChunked(receiver, paddedEvent(40 * MB));
		expect(result.status).toBe(413);
		expect(JSON.parse(result.body)).toEqual({
			error: `The delivery is larger than ${MAX_BODY_BYTES} bytes`,
		});
		expect(result.runs).toBe(0);
		expect(result.bytesSent).toBeLessThan(result.total / 2);
	});

	it('the node reading the stream: a chunked delivery within the limit runs', async () => {
		const receiver = await receivers.start({ parameters: {}, preReadBody: false });
		const result = await sendChunked(receiver, paddedEvent(MB));
		expect(result.status).toBe(200);
		expect(result.runs).toBe(1);
		expect(result.bytesSent).toBe(result.total);
	});

	it('a host that read the chunked body first (as n8n does): 413 from the length, no run', async () => {
		const receiver = await receivers.start({ parameters: {} });
		const result = await sendChunked(receiver, paddedEvent(6 * MB));
		expect(result.status).toBe(413);
		expect(result.runs).toBe(0);
	});
});
