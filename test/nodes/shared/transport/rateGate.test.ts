import { sleep } from 'n8n-workflow';

import { RateGate } from '../../../../nodes/shared/transport/rateGate';

describe('RateGate', () => {
	it('lets requests through at once when there is no ceiling and no 429', async () => {
		const gate = new RateGate(0, () => 1000); // a frozen clock: no request may be held back
		const all = Promise.all(Array.from({ length: 20 }, async () => await gate.acquire())).then(
			() => 'done',
		);
		const timeout = sleep(1000).then(() => 'waited');
		expect(await Promise.race([all, timeout])).toBe('done');
	});

	it('spaces starts by the configured ceiling', async () => {
		const gate = new RateGate(20);
		const starts: number[] = [];
		await Promise.all(
			Array.from({ length: 6 }, async () => {
				await gate.acquire();
				starts.push(Date.now());
			}),
		);
		expect(starts[5] - starts[0]).toBeGreaterThanOrEqual(240);
	});

	it('pauses everyone after a 429 and slows down once per burst', async () => {
		let now = 1_000_000;
		const gate = new RateGate(0, () => now);
		for (let i = 0; i < 10; i++) await gate.acquire();
		for (let i = 0; i < 8; i++) gate.onRateLimited(1000); // one burst of 8 parallel 429s
		expect(gate.currentIntervalMs).toBeGreaterThanOrEqual(50);
		expect(gate.currentIntervalMs).toBeLessThan(2000);
		expect(gate.rateLimitedCount).toBe(8);
		now += 1000;
		const afterPause = gate.currentIntervalMs;
		gate.onRateLimited(1000);
		expect(gate.currentIntervalMs).toBeGreaterThan(afterPause); // a new burst slows down again
	});

	it('speeds up again on success, but not past the pace that drew a 429', async () => {
		let now = 0;
		const gate = new RateGate(0, () => now);
		for (let i = 0; i < 40; i++) {
			now += 10; // 100 requests per second observed
			await gate.acquire();
		}
		gate.onRateLimited(0);
		const learned = gate.currentIntervalMs;
		for (let i = 0; i < 500; i++) gate.onSuccess();
		expect(gate.currentIntervalMs).toBeGreaterThanOrEqual(10 * 1.05 - 0.001);
		expect(gate.currentIntervalMs).toBeLessThanOrEqual(learned);
	});

	it('never goes below the configured ceiling when speeding up', () => {
		const gate = new RateGate(10, () => 0);
		gate.onRateLimited(0);
		for (let i = 0; i < 1000; i++) gate.onSuccess();
		expect(gate.currentIntervalMs).toBe(100);
	});
});
