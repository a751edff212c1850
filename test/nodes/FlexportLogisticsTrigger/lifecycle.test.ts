/**
 * Flexport Logistics Trigger: its webhooks at Flexport over activation, restart and deactivation,
 * run through n8n-core's HookContext against the simulator's Logistics API.
 */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../harness/logisticsFixture';
import { simWebhooks } from './simWebhooks';
import { type TriggerRig, useTriggerRigs } from './triggerHarness';

const env = useLogisticsSimulator();
const rigs = useTriggerRigs(env);

const TYPES = ['Order.Shipped', 'Inventory.Adjusted'];
const parameters = { events: TYPES };

const calls = (operationId: string) =>
	env.logistics.requests.filter((request) => request.operationId === operationId);
const ours = (rig: TriggerRig) => simWebhooks(env).filter((hook) => hook.url === rig.url);
const registration = (rig: TriggerRig) =>
	rig.nodeStaticData().flexportLogisticsWebhooks as IDataObject | undefined;

/** Tokens of the webhooks registered from now on in this test (the simulator stores them). */
function recordRegisteredTokens(): string[] {
	const store = (env.logistics.db as { webhooks: { insert(hook: IDataObject): unknown } }).webhooks;
	const insert = store.insert.bind(store);
	const tokens: string[] = [];
	store.insert = (hook: IDataObject) => {
		tokens.push(String(hook.token));
		return insert(hook);
	};
	afterRestore.push(() => {
		store.insert = insert;
	});
	return tokens;
}
const afterRestore: Array<() => void> = [];
afterEach(() => {
	for (const restore of afterRestore.splice(0)) restore();
});

async function activeRig(options: Partial<Parameters<typeof rigs.start>[0]> = {}) {
	const rig = await rigs.start({ parameters, ...options });
	await rig.activate();
	return rig;
}

describe('activation', () => {
	it('registers one TOKEN webhook per event type at the https production URL, with one random token', async () => {
		const rig = await rigs.start({ parameters });
		expect(rig.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/webhook\/logistics-hook\/webhook$/);
		expect(await rig.activate()).toEqual({ existed: false });

		expect(calls('create_webhook')).toHaveLength(2);
		expect(calls('create_webhook').every((request) => request.status === 202)).toBe(true);
		const hooks = ours(rig);
		expect(hooks.map((hook) => hook.type).sort()).toEqual([...TYPES].sort());
		for (const hook of hooks)
			expect(hook).toMatchObject({
				method: 'POST',
				authMethod: 'TOKEN',
				tokenHeader: 'X-Flexport-Webhook-Token',
			});
		const token = hooks[0].token as string;
		expect(token.length).toBeGreaterThanOrEqual(40);
		expect(hooks[1].token).toBe(token);
		// The seeded webhook of another integration is left alone.
		expect(
			simWebhooks(env).some((hook) => hook.url === 'https://hooks.example.com/flexport/orders'),
		).toBe(true);

		// What n8n stores: ids, URL, header and a digest; never the token.
		expect(registration(rig)).toMatchObject({
			url: rig.url,
			tokenHeader: 'X-Flexport-Webhook-Token',
			tokenDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
			webhooks: expect.arrayContaining(
				hooks.map((hook) => ({ id: String(hook.id), type: hook.type })),
			),
		});
		expect(JSON.stringify(rig.staticData)).not.toContain(token);
	});

	it('a second activation of a new token replaces the first one (no webhook registered twice)', async () => {
		const rig = await activeRig();
		const firstToken = ours(rig)[0].token;
		await rig.hook('create');
		expect(ours(rig)).toHaveLength(2);
		expect(ours(rig)[0].token).not.toBe(firstToken);
	});

	it('uses the header named in Options → Token Header Name', async () => {
		const rig = await activeRig({
			parameters: { ...parameters, options: { headerName: 'X-Hook-Secret' } },
		});
		expect(ours(rig).map((hook) => hook.tokenHeader)).toEqual(['X-Hook-Secret', 'X-Hook-Secret']);
	});

	it('registers types from "Other Event Types" too', async () => {
		const rig = await activeRig({
			parameters: { events: ['Order.Shipped'], otherEventTypes: 'Order.Created, Order.Created' },
		});
		expect(
			ours(rig)
				.map((hook) => hook.type)
				.sort(),
		).toEqual(['Order.Created', 'Order.Shipped']);
	});
});

describe('checkExists after a restart', () => {
	it('finds its own webhooks by stored id and URL: no new registration', async () => {
		const rig = await activeRig();
		const before = ours(rig).map((hook) => hook.id);
		rig.restart();
		env.logistics.resetStats();
		expect(await rig.activate()).toEqual({ existed: true });
		expect(calls('create_webhook')).toHaveLength(0);
		expect(calls('get_webhooks')).toHaveLength(1);
		expect(ours(rig).map((hook) => hook.id)).toEqual(before);
	});

	it('still works when Flexport masks or omits the token in its answers', async () => {
		for (const mode of ['mask', 'omit']) {
			env.logistics.setSettings({ webhookSecretsInResponses: mode });
			const rig = await activeRig();
			rig.restart();
			expect(await rig.activate()).toEqual({ existed: true });
		}
	});

	it('registers again when one of its webhooks was deleted at Flexport', async () => {
		const rig = await activeRig();
		const db = env.logistics.db as { webhooks: { items: Map<string, unknown> } };
		db.webhooks.items.delete(String(ours(rig)[0].id));
		rig.restart();
		expect(await rig.activate()).toEqual({ existed: false });
		expect(ours(rig)).toHaveLength(2);
	});

	it('registers again without a 409 when the static data was lost (leftovers found by URL and deleted)', async () => {
		const rig = await activeRig();
		const leftovers = ours(rig).map((hook) => hook.id);
		rig.restart({ lostStaticData: true });
		env.logistics.resetStats();
		expect(await rig.activate()).toEqual({ existed: false });
		expect(calls('delete_webhook').map((request) => request.status)).toEqual([200, 200]);
		expect(calls('create_webhook').map((request) => request.status)).toEqual([202, 202]);
		expect(ours(rig)).toHaveLength(2);
		expect(ours(rig).some((hook) => leftovers.includes(hook.id))).toBe(false);
	});

	it('answers false when the selected event types or the header changed', async () => {
		const rig = await activeRig();
		rig.setParameters({ events: ['Order.Shipped'] });
		expect(await rig.hook('checkExists')).toBe(false);
		rig.setParameters({ ...parameters, options: { headerName: 'X-Other-Header' } });
		expect(await rig.hook('checkExists')).toBe(false);
		rig.setParameters(parameters);
		expect(await rig.hook('checkExists')).toBe(true);
	});
});

describe('deactivation', () => {
	it('deletes its webhooks (DELETE /webhooks/{id}) and forgets them; others stay', async () => {
		const rig = await activeRig();
		const ids = ours(rig).map((hook) => hook.id);
		const others = simWebhooks(env).length - ids.length;
		env.logistics.resetStats();
		expect(await rig.deactivate()).toBe(true);
		expect(
			calls('delete_webhook')
				.map((request) => request.path)
				.sort(),
		).toEqual(ids.map((id) => `/logistics/api/2024-07/webhooks/${id}`).sort());
		expect(ours(rig)).toHaveLength(0);
		expect(simWebhooks(env)).toHaveLength(others);
		expect(registration(rig)).toBeUndefined();
	});

	it('a webhook already gone at Flexport counts as deleted', async () => {
		const rig = await activeRig();
		const db = env.logistics.db as { webhooks: { items: Map<string, unknown> } };
		db.webhooks.items.delete(String(ours(rig)[0].id));
		expect(await rig.deactivate()).toBe(true);
		expect(ours(rig)).toHaveLength(0);
	});

	it('keeps what it could not delete, answers false, and the next activation removes it', async () => {
		const rig = await activeRig();
		env.logistics.setFaults({ status5xx: { count: 100, status: 500, methods: ['DELETE'] } });
		expect(await rig.deactivate()).toBe(false);
		expect((registration(rig)?.webhooks as unknown[]).length).toBeGreaterThan(0);
		env.logistics.clearFaults();
		await rig.activate();
		expect(ours(rig)).toHaveLength(2);
	});
});

describe('activation failures are clear and leave nothing behind', () => {
	it('http URL refused by Flexport: activation fails saying https, WEBHOOK_URL and the polling trigger', async () => {
		const rig = await rigs.start({ parameters, scheme: 'http' });
		const failure = rig.activate();
		await expect(failure).rejects.toThrow(
			`Flexport refused to register the webhook URL ${rig.url}: Flexport delivers only to https:// URLs`,
		);
		const error = (await failure.catch((caught: unknown) => caught)) as Error & {
			description?: string;
		};
		expect(error.description).toMatch(/WEBHOOK_URL/);
		expect(error.description).toMatch(/Flexport Logistics Events Trigger/);
		expect(error.description).toMatch(/https/);
		expect(ours(rig)).toHaveLength(0);
		expect(registration(rig)).toBeUndefined();
	});

	it('http URL where Flexport accepts it (allowHttpWebhookUrls): registered as given', async () => {
		env.logistics.setSettings({ allowHttpWebhookUrls: true });
		const rig = await activeRig({ scheme: 'http' });
		expect(ours(rig)).toHaveLength(2);
	});

	it('the second registration refused (422): the first is deleted again, the error names the type, no token in it', async () => {
		env.logistics.setSettings({ webhookTypes: 'documented' });
		const tokens = recordRegisteredTokens();
		const rig = await rigs.start({
			parameters: { events: ['Inventory.Adjusted'], otherEventTypes: 'Zzz.Unknown' },
		});
		const error = (await rig.activate().catch((caught: unknown) => caught)) as Error & {
			description?: string;
		};
		expect(error.message).toMatch(/^Could not register the Flexport webhook for Zzz\.Unknown: /);
		expect(calls('create_webhook').map((request) => request.status)).toEqual([202, 422]);
		expect(ours(rig)).toHaveLength(0);
		expect(tokens).toHaveLength(1);
		expect(`${error.message} ${error.description} ${JSON.stringify(error)}`).not.toContain(
			tokens[0],
		);
	});

	it('a token without write_logistics_webhooks: 403 naming the scope', async () => {
		const rig = await rigs.start({ parameters, credentialId: 'logistics-read-only' });
		const error = (await rig.activate().catch((caught: unknown) => caught)) as Error & {
			description?: string;
		};
		expect(error.message).toMatch(/Could not register the Flexport webhook for/);
		expect(`${error.message} ${error.description}`).toContain('write_logistics_webhooks');
		expect(ours(rig)).toHaveLength(0);
	});

	it('no event type chosen, a bad type name or a bad header name: an error naming the field, no request', async () => {
		const cases: Array<[IDataObject, RegExp]> = [
			[{ events: [] }, /Choose at least one event type in "Event Types"/],
			[
				{ events: ['Order.Shipped'], otherEventTypes: 'Order Shipped!' },
				/"Other Event Types" holds "Order Shipped!"/,
			],
			[
				{ events: ['Order.Shipped'], options: { headerName: 'X Bad: header' } },
				/Token Header Name "X Bad: header" is not an HTTP header name/,
			],
		];
		for (const [given, message] of cases) {
			const rig = await rigs.start({ parameters: given });
			env.logistics.resetStats();
			await expect(rig.activate()).rejects.toThrow(message);
			expect(env.logistics.requests).toHaveLength(0);
		}
	});
});
