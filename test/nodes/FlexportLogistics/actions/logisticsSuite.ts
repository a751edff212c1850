/** Checks the Logistics action tests share. */
import type { IDataObject } from 'n8n-workflow';

import type {
	LogisticsEnv,
	LogisticsRequest,
	LogisticsRunResult,
} from '../../../harness/logisticsFixture';

/** Every request reached an operation of the spec, passed its validation and succeeded. */
export function expectAccepted(requests: LogisticsRequest[]): void {
	expect(requests.length).toBeGreaterThan(0);
	for (const request of requests) {
		expect(request.validationErrors).toEqual([]);
		expect(request.operationId).toBeTruthy();
		expect(request.status).toBeGreaterThanOrEqual(200);
		expect(request.status).toBeLessThan(300);
	}
}

/**
 * Runs an operation whose asynchronous `kind` never gets ready, with Wait Timeout 1 s and Poll
 * Interval 0.2 s: the item must give up within 5 s, after 3 to 7 polls of `pollOperationId`.
 * Returns the run, whose error says how to get the result later.
 */
export async function runPastWaitTimeout(
	env: LogisticsEnv,
	kind: string,
	parameters: IDataObject,
	pollOperationId: string,
): Promise<LogisticsRunResult> {
	env.logistics.setSettings({
		asyncByKind: { [kind]: { pendingPolls: 1000, readyAfterMs: 3_600_000 } },
	});
	const startedAt = Date.now();
	const result = await env.run({
		parameters: { ...parameters, waitTimeout: 1, pollInterval: 0.2 },
	});
	expect(Date.now() - startedAt).toBeLessThan(5_000);
	const polls = result.requests.filter((request) => request.operationId === pollOperationId);
	expect(polls.length).toBeGreaterThanOrEqual(3);
	expect(polls.length).toBeLessThanOrEqual(7);
	return result;
}
