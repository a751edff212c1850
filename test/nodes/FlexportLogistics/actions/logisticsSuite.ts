/** Checks the Logistics action tests share. */
import type { LogisticsRequest } from '../../../harness/logisticsFixture';

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
