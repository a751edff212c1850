/**
 * The shared "Wait for Result" step of asynchronous operations (inbound quotes and purchases,
 * transfer documents): checks the result again every interval, with `sleep` from n8n-workflow,
 * until it is ready or the item's timeout is reached.
 */
import { sleep } from 'n8n-workflow';

export interface WaitSettings {
	timeoutMs: number;
	intervalMs: number;
}

export interface PollOutcome<T> {
	result: T;
	ready: boolean;
	/** How many times the result was asked for. */
	polls: number;
	waitedMs: number;
}

/** However short the interval, one wait asks at most this often. */
export const MAX_POLLS = 10_000;

export async function pollUntilReady<T>(
	wait: WaitSettings,
	poll: () => Promise<T>,
	isReady: (result: T) => boolean,
): Promise<PollOutcome<T>> {
	const started = Date.now();
	for (let polls = 1; ; polls++) {
		const result = await poll();
		const waitedMs = Date.now() - started;
		if (isReady(result)) return { result, ready: true, polls, waitedMs };
		if (polls >= MAX_POLLS || waitedMs + wait.intervalMs > wait.timeoutMs)
			return { result, ready: false, polls, waitedMs };
		await sleep(wait.intervalMs);
	}
}
