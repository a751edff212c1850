/**
 * The fault kinds of the fault suite (./faults.test.ts): how each is switched on in the simulator
 * (test/simulator/faults.js), and what the node must say when it hits every item.
 */
import type { IDataObject } from 'n8n-workflow';

import type { useSimulator } from '../../harness/simulatorFixture';
import type { Trap } from '../shared/transport/trap';

type Env = ReturnType<typeof useSimulator>;

export interface FaultCase {
	kind: string;
	/** Prepares the fault; runs after a first token was obtained unless `beforeToken`. */
	arrange(env: Env, trap: Trap): void | Promise<void>;
	beforeToken?: boolean;
	parameters?: IDataObject;
	/** What the stopping error must say (what happened). */
	message: RegExp;
	/** What the error's description must say (what to do), when it has one. */
	advice?: RegExp;
	/** True when the fault hits every item; false when only some items fail. */
	allFail: boolean;
	timeoutMs?: number;
}

export const getById = {
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
};
export const items = [{ id: '200001' }, { id: '200002' }, { id: '200003' }];
const returnAll = { resource: 'shipment', operation: 'getAll', returnAll: true };

export const cases: FaultCase[] = [
	{
		kind: 'token endpoint 5xx',
		beforeToken: true,
		arrange: (env) => env.sim.setFaults({ token: { status5xx: 10 } }),
		message: /Flexport refused the token request \(HTTP 503/,
		allFail: true,
	},
	{
		kind: 'token endpoint timeout (no answer within 30 s)',
		beforeToken: true,
		arrange: (env) => env.sim.setFaults({ token: { hang: 10 } }),
		message: /Could not reach Flexport's token endpoint .*timeout/i,
		allFail: true,
		timeoutMs: 90_000,
	},
	{
		kind: 'token endpoint answers non-JSON',
		beforeToken: true,
		arrange: (env) => env.sim.setFaults({ token: { nonJson: 10 } }),
		message: /token endpoint answered HTTP 200 with a body that is not JSON.*Check the Token URL/,
		allFail: true,
	},
	{
		kind: 'token response without the token key',
		beforeToken: true,
		arrange: (env) => env.sim.setFaults({ token: { missingKey: 10 } }),
		message: /token response has no "access_token" field.*Response Token Key/,
		allFail: true,
	},
	{
		kind: 'token revoked while unexpired (401 with a fresh-looking token)',
		arrange: (env) => env.sim.revokeTokens(),
		message: /never fails/,
		allFail: false,
	},
	{
		kind: '429 storm with Retry-After (waits, then succeeds)',
		arrange: (env) =>
			env.sim.setFaults({ status429: { count: 4, retryAfter: 1 }, pathFilter: '/shipments' }),
		message: /never fails/,
		allFail: false,
	},
	{
		kind: '429 asking for a wait past the cap',
		arrange: (env) =>
			env.sim.setFaults({ status429: { count: 10, retryAfter: 7200 }, pathFilter: '/shipments' }),
		message: /asked to wait 7200 s.*HTTP 429/,
		advice: /Lower "Parallel Requests" or add a Wait node/,
		allFail: true,
	},
	{
		kind: '5xx on GET (retried with backoff)',
		arrange: (env) =>
			env.sim.setFaults({ status5xx: { count: 2, status: 503 }, pathFilter: '/shipments' }),
		message: /never fails/,
		allFail: false,
	},
	{
		kind: 'persistent 5xx on GET',
		arrange: (env) =>
			env.sim.setFaults({ status5xx: { count: 100, status: 502 }, pathFilter: '/shipments' }),
		message: /Flexport answered HTTP 502 to GET \/shipments\/2000\d\d/,
		advice: /failed 3 times in a row; try again later/,
		allFail: true,
	},
	{
		kind: '5xx on POST (not retried: no duplicate)',
		arrange: (env) =>
			env.sim.setFaults({
				status5xx: { count: 100, status: 500, methods: ['POST'] },
				pathFilter: '/carbon_calculation',
			}),
		parameters: {
			resource: 'customApiCall',
			operation: 'request',
			method: 'POST',
			path: '/carbon_calculation',
			sendBody: true,
			body: '{"transportation_mode": "ocean"}',
		},
		message: /HTTP 500 to POST \/carbon_calculation/,
		advice: /not retried because it changes data/,
		allFail: true,
	},
	{
		kind: 'connection reset',
		arrange: (env) =>
			env.sim.setFaults({ connectionReset: { count: 2 }, pathFilter: '/shipments' }),
		message: /never fails/,
		allFail: false,
	},
	{
		kind: 'truncated JSON body',
		arrange: (env) => env.sim.setFaults({ truncateBody: { count: 2 }, pathFilter: '/shipments' }),
		message: /never fails/,
		allFail: false,
	},
	{
		kind: 'server slower than the timeout',
		arrange: (env) => env.sim.setFaults({ latencyMs: 1500, pathFilter: '/shipments' }),
		parameters: { requestOptions: { timeoutSeconds: 1 } },
		message: /Flexport did not answer GET \/shipments\/2000\d\d within the timeout/,
		advice: /Raise "Request Options → Timeout"/,
		allFail: true,
		timeoutMs: 60_000,
	},
	// Hostile or misconfigured host (issue 18): bounded work, no credential leaves the API host.
	{
		kind: 'redirect to another host (refused; nothing reaches that host)',
		arrange: (env, trap) =>
			env.sim.setFaults({
				redirect: { count: 100, status: 307, location: `${trap.url}/collect` },
				pathFilter: '/shipments',
			}),
		message:
			/Flexport redirected GET \/shipments\/2000\d\d to http:\/\/127\.0\.0\.1:\d+; the node did not follow/,
		advice: /Check the credential's API Base URL/,
		allFail: true,
	},
	{
		kind: 'server dribbling one byte every 300 ms (total deadline)',
		arrange: (env) =>
			env.sim.setFaults({ dribble: { count: 100, intervalMs: 300 }, pathFilter: '/shipments' }),
		parameters: { requestOptions: { timeoutSeconds: 1 } },
		message: /Flexport did not answer GET \/shipments\/2000\d\d within the timeout \(1 s/,
		advice: /Raise "Request Options → Timeout"/,
		allFail: true,
	},
	{
		kind: 'answer larger than 50 MB',
		arrange: (env) =>
			env.sim.setFaults({
				padBody: { count: 100, bytes: 51 * 1024 * 1024 },
				pathFilter: '/shipments',
			}),
		message: /answered GET \/shipments\/2000\d\d with more than 50 MB; the node stopped reading it/,
		advice: /Narrow the request/,
		allFail: true,
		timeoutMs: 60_000,
	},
	{
		kind: 'credential echoed in an error answer (redacted)',
		arrange: (env) =>
			env.sim.setFaults({ echoCredentials: { count: 100, status: 400 }, pathFilter: '/shipments' }),
		message: /HTTP 400 to GET \/shipments\/2000\d\d: Credential not accepted: Bearer \[redacted\]/,
		advice: /Flexport error code: credential_echo/,
		allFail: true,
	},
	{
		kind: 'credential echoed in the {error} envelope of a 2xx answer (redacted)',
		arrange: (env) =>
			env.sim.setFaults({ echoCredentials: { count: 100, status: 200 }, pathFilter: '/shipments' }),
		message:
			/Flexport reported an error for GET \/shipments\/2000\d\d: Credential not accepted: Bearer \[redacted\]/,
		allFail: true,
	},
	{
		kind: 'list whose next link is the same page',
		arrange: (env) =>
			env.sim.setFaults({ listTamper: { count: 10_000, next: 'self' }, pathFilter: '/shipments' }),
		parameters: returnAll,
		message: /list GET \/shipments: .*so the list would never end/,
		advice: /The API is paging wrongly/,
		allFail: true,
	},
	{
		kind: 'list whose pages all repeat page 1',
		arrange: (env) =>
			env.sim.setFaults({
				listTamper: { count: 10_000, records: 'firstPage' },
				pathFilter: '/shipments',
			}),
		parameters: returnAll,
		message: /only repeats records already read, so the list would never end/,
		allFail: true,
	},
	{
		kind: 'list longer than Max Pages',
		arrange: () => undefined,
		parameters: { ...returnAll, requestOptions: { maxPages: 1 } },
		message: /the list has more than 1 pages \(Request Options → Max Pages\)/,
		advice: /Raise "Request Options → Max Pages"/,
		allFail: true,
	},
];
