/**
 * The fault suite: what the node does when Flexport or the network misbehaves. Every fault kind is
 * run twice through n8n-core's engine against the simulator — with Continue On Fail (every item comes
 * out once, in order, paired; failures as error items) and without (the run stops with a message that
 * says what happened and a description that says what to do). Nothing may crash the engine.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { startWebhookReceiver } from '../../harness/pollHarness';
import { useSimulator } from '../../harness/simulatorFixture';

type Env = ReturnType<typeof useSimulator>;

interface FaultCase {
	kind: string;
	/** Prepares the fault; runs after a first token was obtained unless `beforeToken`. */
	arrange(env: Env): void | Promise<void>;
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

const getById = {
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
};
const items = [{ id: '200001' }, { id: '200002' }, { id: '200003' }];

const cases: FaultCase[] = [
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
];

describe('fault suite', () => {
	const env = useSimulator();
	const survived = new Set<string>();
	let webhookKinds = 0;

	afterAll(() => {
		// eslint-disable-next-line no-console
		console.log(
			`Faults: ${survived.size + webhookKinds} fault kinds survived (${survived.size} API and token kinds, each with and without Continue On Fail; ${webhookKinds} webhook kinds)`,
		);
	});

	describe.each(cases.map((entry) => [entry.kind, entry]))('%s', (_kind, entry) => {
		const fault = entry as FaultCase;
		const parameters = { ...getById, ...fault.parameters };

		async function arrange() {
			if (!fault.beforeToken) await env.run({ parameters: { ...getById }, items: [items[0]] });
			await fault.arrange(env);
		}

		it(
			'with Continue On Fail: every item once, in order, paired',
			async () => {
				await arrange();
				const { items: output, error } = await env.run({ parameters, items, continueOnFail: true });
				expect(error).toBeUndefined();
				expect(output.map((item) => item.pairedItem)).toEqual([
					{ item: 0 },
					{ item: 1 },
					{ item: 2 },
				]);
				const failed = output.filter((item) => typeof item.json.error === 'string');
				if (fault.allFail) {
					expect(failed).toHaveLength(3);
					for (const item of failed) expect(item.json.error).toMatch(fault.message);
				} else {
					expect(failed).toHaveLength(0);
				}
			},
			fault.timeoutMs ?? 30_000,
		);

		it(
			fault.allFail
				? 'without it: stops with what happened and what to do'
				: 'without it: succeeds',
			async () => {
				await arrange();
				const { items: output, error } = await env.run({ parameters, items });
				if (fault.allFail) {
					expect(error?.message).toMatch(fault.message);
					if (fault.advice) expect(error?.description).toMatch(fault.advice);
				} else {
					expect(error).toBeUndefined();
					expect(output.map((item) => item.json.id)).toEqual([200001, 200002, 200003]);
				}
				survived.add(fault.kind);
			},
			fault.timeoutMs ?? 30_000,
		);
	});

	it('a 401 in the middle of a Return All: one new token, every record once', async () => {
		env.sim.setSettings({ largeCollection: 1000 });
		try {
			await env.run({ parameters: { ...getById }, items: [items[0]] });
			env.sim.setFaults({ latencyMs: 40, pathFilter: '/shipments' });
			// Flexport revokes the token while the pages are being read.
			const revoke = sleep(200).then(() => env.sim.revokeTokens());
			const {
				items: output,
				error,
				requests,
			} = await env.run({
				parameters: { resource: 'shipment', operation: 'getAll', returnAll: true },
			});
			await revoke;
			expect(error).toBeUndefined();
			expect(requests.some((request) => request.status === 401)).toBe(true);
			const ids = output.map((item) => item.json.id);
			expect(ids).toHaveLength(1000);
			expect(new Set(ids).size).toBe(1000);
			expect(env.sim.stats().tokenRequests).toBe(2);
			survived.add('401 in the middle of Return All');
		} finally {
			env.sim.setSettings({ largeCollection: 0 });
		}
	}, 60_000);

	describe('webhooks', () => {
		const credentials: INode['credentials'] = {
			flexportWebhookSecretApi: { id: 'secret-1', name: 'Flexport Webhook Secret' },
		};
		type Send = (
			url: string,
			event?: IDataObject,
			options?: IDataObject,
		) => Promise<{ status: number; body: string }>;

		it.each([
			['bad signature', { wrongSecret: true }, 401],
			['missing signature', { omitSignature: true }, 401],
			[
				'oversized body',
				{
					rawBody: JSON.stringify({
						_object: '/event',
						type: '/shipment#created',
						pad: 'x'.repeat(6 * 1024 * 1024),
					}),
				},
				413,
			],
		])('%s: answered %s, no workflow started', async (_name, options, status) => {
			env.store.set('secret-1', 'flexportWebhookSecretApi', {
				secret: env.sim.webhookSecret as string,
			});
			const receiver = await startWebhookReceiver(env.store, { parameters: {}, credentials });
			try {
				const send = env.sim.sendWebhook as Send;
				const response = await send(
					receiver.url,
					{ type: '/shipment#created' },
					{ secret: env.sim.webhookSecret, ...(options as IDataObject) },
				);
				expect(response.status).toBe(status);
				expect(
					receiver.deliveries.every((delivery) => delivery.result?.workflowData === undefined),
				).toBe(true);
				webhookKinds++;
			} finally {
				await receiver.close();
			}
		});
	});
});
