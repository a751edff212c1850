'use strict';

// Proves signed webhook deliveries to a loopback receiver: HMAC-SHA256
// and HMAC-SHA1 over the raw body, the deliberate bad variants, and /__sim/webhook.

const crypto = require('node:crypto');
const http = require('node:http');
const { useSharedSimulator } = require('./test-client');

describe('Flexport simulator', () => {
	let sim;
	useSharedSimulator((started) => {
		sim = started;
	});

	describe('webhooks', () => {
		let receiver;
		let receiverUrl;
		let received;

		beforeAll(async () => {
			receiver = http.createServer((req, res) => {
				const chunks = [];
				req.on('data', (chunk) => chunks.push(chunk));
				req.on('end', () => {
					received.push({ headers: req.headers, raw: Buffer.concat(chunks) });
					res.writeHead(200, { 'content-type': 'text/plain' });
					res.end('ok');
				});
			});
			await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
			receiverUrl = `http://127.0.0.1:${receiver.address().port}/webhook`;
		});

		afterAll(async () => {
			await new Promise((resolve) => receiver.close(resolve));
		});

		beforeEach(() => {
			received = [];
		});

		const hmac = (algorithm, secret, raw) =>
			crypto.createHmac(algorithm, secret).update(raw).digest('hex');
		const matches = (expected, actual) =>
			Boolean(actual) &&
			expected.length === actual.length &&
			crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(actual));

		it('signs the exact raw body with HMAC-SHA256 and HMAC-SHA1', async () => {
			const event = sim.addEvent({ type: '/shipment_leg#departed' });
			const result = await sim.sendWebhook(receiverUrl, event, { secret: 'hook-secret' });
			expect(result).toMatchObject({ status: 200, body: 'ok' });
			const [{ headers, raw }] = received;
			expect(
				matches(`sha256=${hmac('sha256', 'hook-secret', raw)}`, headers['x-hub-signature-256']),
			).toBe(true);
			expect(matches(`sha1=${hmac('sha1', 'hook-secret', raw)}`, headers['x-hub-signature'])).toBe(
				true,
			);
			expect(JSON.parse(raw.toString('utf8'))).toMatchObject({
				_object: '/event',
				id: event.id,
				type: '/shipment_leg#departed',
				data: { _object: '/shipment_event_data' },
			});
		});

		it('can send bare hex, one algorithm, tampered bodies, wrong secrets and no signature', async () => {
			await sim.sendWebhook(receiverUrl, null, {
				secret: 's',
				prefix: false,
				algorithms: ['sha256'],
			});
			await sim.sendWebhook(receiverUrl, null, { secret: 's', tamperBody: true });
			await sim.sendWebhook(receiverUrl, null, { secret: 's', wrongSecret: true });
			await sim.sendWebhook(receiverUrl, null, { omitSignature: true });
			await sim.sendWebhook(receiverUrl, null, { secret: 's', rawBody: '{"hand":"written"}' });
			const [bare, tampered, wrong, unsigned, raw] = received;
			expect(bare.headers['x-hub-signature-256']).toBe(hmac('sha256', 's', bare.raw));
			expect(bare.headers['x-hub-signature']).toBeUndefined();
			expect(tampered.headers['x-hub-signature-256']).not.toBe(
				`sha256=${hmac('sha256', 's', tampered.raw)}`,
			);
			expect(wrong.headers['x-hub-signature-256']).not.toBe(
				`sha256=${hmac('sha256', 's', wrong.raw)}`,
			);
			expect(unsigned.headers['x-hub-signature-256']).toBeUndefined();
			expect(unsigned.headers['x-hub-signature']).toBeUndefined();
			expect(raw.raw.toString()).toBe('{"hand":"written"}');
			expect(raw.headers['x-hub-signature-256']).toBe(`sha256=${hmac('sha256', 's', raw.raw)}`);
		});

		it('refuses non-loopback targets', async () => {
			await expect(sim.sendWebhook('http://192.0.2.1/hook', null, { secret: 's' })).rejects.toThrow(
				/loopback/,
			);
		});

		it('is driven through /__sim/webhook as well', async () => {
			const response = await fetch(`${sim.url}/__sim/webhook`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					url: receiverUrl,
					event: { type: '/shipment#delivered_in_full' },
					options: { secret: 'ctl' },
				}),
			});
			expect(await response.json()).toEqual({ status: 200, body: 'ok' });
			expect(received[0].headers['x-hub-signature-256']).toBe(
				`sha256=${hmac('sha256', 'ctl', received[0].raw)}`,
			);
		});
	});
});
