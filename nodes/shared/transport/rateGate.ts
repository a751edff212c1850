/**
 * Paces the requests of one node run. At most `maxPerSecond` requests start per second; after a 429
 * the whole pool pauses for Retry-After, slows down, and remembers the pace that was too fast so it
 * never climbs back to it — parallel items adapt to Flexport's limit instead of hammering it.
 */
import { sleep } from 'n8n-workflow';

/** The slowest pace the gate backs off to after repeated 429s. */
const MAX_INTERVAL_MS = 2_000;
/** The first back-off step when no ceiling is configured. */
const MIN_BACKOFF_INTERVAL_MS = 50;
/** Stay this much slower than the pace that drew a 429. */
const SAFETY_MARGIN = 1.05;

export class RateGate {
	private readonly baseIntervalMs: number;
	private intervalMs: number;
	/** Slowest pace that was seen to be too fast; the gate never speeds up past it. */
	private tooFastIntervalMs = 0;
	private nextSlotAt = 0;
	private pausedUntil = 0;
	private readonly recentStarts: number[] = [];
	rateLimitedCount = 0;

	constructor(
		maxPerSecond: number,
		private readonly now: () => number = () => Date.now(),
	) {
		this.baseIntervalMs = maxPerSecond > 0 ? 1000 / maxPerSecond : 0;
		this.intervalMs = this.baseIntervalMs;
	}

	/** Waits until this request may start, reserving its slot. */
	async acquire(): Promise<void> {
		for (let guard = 0; guard < 1000; guard++) {
			const now = this.now();
			const at = Math.max(this.nextSlotAt, this.pausedUntil, now);
			this.nextSlotAt = at + this.intervalMs;
			if (at > now) await sleep(at - now);
			// A 429 may have paused the pool while this request slept: then wait again.
			if (this.now() >= this.pausedUntil) break;
		}
		this.noteStart(this.now());
	}

	/** Flexport said 429: pause everyone for `waitMs`, slow down, remember the pace that failed. */
	onRateLimited(waitMs: number): void {
		const now = this.now();
		this.rateLimitedCount++;
		// Parallel requests of one burst all get 429: slow down once per burst, not once per request.
		const alreadyReacting = now < this.pausedUntil;
		this.pausedUntil = Math.max(this.pausedUntil, now + waitMs);
		if (alreadyReacting) return;
		const observed = this.observedIntervalMs(now);
		if (observed !== undefined) this.tooFastIntervalMs = Math.max(this.tooFastIntervalMs, observed);
		this.intervalMs = Math.min(
			MAX_INTERVAL_MS,
			Math.max(
				MIN_BACKOFF_INTERVAL_MS,
				this.intervalMs * 2,
				this.baseIntervalMs,
				this.tooFastIntervalMs * SAFETY_MARGIN,
			),
		);
	}

	/** A request went through: speed up gently, but not past the configured or the learned limit. */
	onSuccess(): void {
		const floor = Math.max(this.baseIntervalMs, this.tooFastIntervalMs * SAFETY_MARGIN);
		if (this.intervalMs > floor) this.intervalMs = Math.max(floor, this.intervalMs * 0.98);
	}

	get currentIntervalMs(): number {
		return this.intervalMs;
	}

	private noteStart(at: number): void {
		this.recentStarts.push(at);
		while (this.recentStarts.length > 0 && this.recentStarts[0] < at - 1000)
			this.recentStarts.shift();
	}

	/** Average gap between the request starts of the last second. */
	private observedIntervalMs(now: number): number | undefined {
		const window = this.recentStarts.filter((start) => start >= now - 1000);
		return window.length >= 2 ? 1000 / window.length : undefined;
	}
}
