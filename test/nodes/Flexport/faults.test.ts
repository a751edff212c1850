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
import { leakedSecrets, startTrap, type Trap } from '../shared/transport/trap';
import { cases, getById, items, type FaultCase } from './faultCases';

describe('fault suite', () => {
	const env = useSimulator();
	const survived = new Set<string>();
	let webhookKinds = 0;
	let trap: Trap;

	beforeAll(async () => {
		trap = await startTrap();
	});
	afterAll(async () => await trap.close());
	afterEach(() => {
		// Whatever the fault, no request with a credential reached another host.
		expect(trap.requests).toHaveLength(0);
		expect(
			leakedSecrets(trap, [env.sim.clientSecret, env.sim.apiKey, ...env.store.tokensSeen]),
		).toEqual([]);
	});

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
			await fault.arrange(env, trap);
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
