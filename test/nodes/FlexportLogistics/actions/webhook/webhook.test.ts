/**
 * Webhook registrations through n8n-core against the Logistics simulator: create (the secret is
 * stored by Flexport but never output unmasked), get, get many, delete, the list search.
 */
import { randomString } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

/** A fresh secret per run, 32 characters: masked as **** and its last four. */
const SECRET = randomString(32);
const MASKED = `****${SECRET.slice(-4)}`;

describe('Webhook (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string | number>;
	const stored = (id: unknown) =>
		(
			env.logistics.db.webhooks as unknown as {
				get(id: string): Record<string, unknown> | null;
			}
		).get(String(id));

	it.each(['echo', 'mask', 'omit'])(
		'create: POST /webhooks (202) with a TOKEN; Flexport keeps the token, the output never shows it (server: %s)',
		async (mode) => {
			env.logistics.setSettings({ webhookSecretsInResponses: mode });
			const { items, requests, error } = await env.run({
				parameters: {
					resource: 'webhook',
					operation: 'create',
					type: 'Parcel.TrackingUpdated',
					url: `https://hooks.example.com/parcels/${mode}`,
					authMethod: 'TOKEN',
					headerName: 'X-Hook-Secret',
					token: SECRET,
				},
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(requests[0]).toMatchObject({
				method: 'POST',
				status: 202,
				operationId: 'create_webhook',
			});
			const webhook = items[0].json;
			expect(webhook).toMatchObject({
				id: expect.any(Number),
				type: 'Parcel.TrackingUpdated',
				method: 'POST',
				authMethod: 'TOKEN',
				tokenHeader: 'X-Hook-Secret',
				idempotency: { replayed: false },
			});
			expect(JSON.stringify(items)).not.toContain(SECRET);
			if (webhook.token !== undefined) expect(webhook.token).toMatch(/^\*{4}/);
			expect(stored(webhook.id)).toMatchObject({ token: SECRET, tokenHeader: 'X-Hook-Secret' });
		},
	);

	it('create with Basic Auth; get, get many and delete mask every secret', async () => {
		const created = await env.run({
			parameters: {
				resource: 'webhook',
				operation: 'create',
				type: 'Order.Cancelled',
				url: 'https://hooks.example.com/orders/cancelled',
				method: 'PUT',
				authMethod: 'BASIC_AUTH',
				username: 'flexport',
				password: SECRET,
			},
		});
		expect(created.error).toBeUndefined();
		const id = String(created.items[0].json.id);
		expect(created.items[0].json).toMatchObject({
			method: 'PUT',
			username: 'flexport',
			password: MASKED,
		});

		const got = await env.run({
			parameters: {
				resource: 'webhook',
				operation: 'get',
				webhookId: { __rl: true, mode: 'id', value: id },
			},
		});
		expectAccepted(got.requests);
		expect(got.requests[0]).toMatchObject({
			apiPath: `/webhooks/${id}`,
			operationId: 'get_webhook',
		});
		expect(got.items[0].json).toMatchObject({ id: Number(id), password: MASKED });

		const all = await env.run({
			parameters: { resource: 'webhook', operation: 'getAll', returnAll: true },
		});
		expectAccepted(all.requests);
		expect(all.requests[0].operationId).toBe('get_webhooks');
		const seeded = all.items.find((item) => item.json.id === fixtures().webhookId);
		expect(seeded?.json).toMatchObject({ tokenHeader: 'X-Hook-Token', token: '****oken' });
		expect(JSON.stringify(all.items)).not.toContain('other-integration-token');
		expect(JSON.stringify(all.items)).not.toContain(SECRET);
		const limited = await env.run({
			parameters: { resource: 'webhook', operation: 'getAll', limit: 1 },
		});
		expect(limited.items).toHaveLength(1);

		const deleted = await env.run({
			parameters: {
				resource: 'webhook',
				operation: 'delete',
				webhookId: { __rl: true, mode: 'list', value: id },
			},
		});
		expect(deleted.error).toBeUndefined();
		expectAccepted(deleted.requests);
		expect(deleted.requests[0]).toMatchObject({ method: 'DELETE', operationId: 'delete_webhook' });
		expect(deleted.items[0].json).toEqual({ webhookId: id, deleted: true });
		expect(stored(id)).toBeFalsy();
		const gone = await env.run({
			parameters: {
				resource: 'webhook',
				operation: 'get',
				webhookId: { __rl: true, mode: 'id', value: id },
			},
		});
		expect(gone.error?.message).toMatch(/HTTP 404/);
	});

	it('the Webhook locator lists the registrations, filtered by the typed text', async () => {
		const all = await env.listSearch('searchWebhooks');
		expect(all.results.length).toBeGreaterThan(0);
		expect(all.results).toContainEqual({
			name: `Order.Shipped → https://hooks.example.com/flexport/orders (${fixtures().webhookId})`,
			value: String(fixtures().webhookId),
		});
		const filtered = await env.listSearch('searchWebhooks', { filter: 'flexport/orders' });
		expect(filtered.results.every((result) => result.name.includes('flexport/orders'))).toBe(true);
	});

	it.each([
		['an http URL', { url: 'http://hooks.example.com/x' }, /"URL" must be an https:\/\/ address/],
		[
			'a token header with a space',
			{ headerName: 'X Hook' },
			/"Token Header" is not a header name/,
		],
		['an empty token', { token: '={{ "" }}' }, /"Token" is required \[item 0\]/],
		[
			'an event type with a space',
			{ type: '={{ "Order Shipped" }}' },
			/"Event Type" must be an event type/,
		],
	])('create refuses %s before sending', async (_case, change, message) => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'webhook',
				operation: 'create',
				type: 'Order.Shipped',
				url: 'https://hooks.example.com/x',
				authMethod: 'TOKEN',
				headerName: 'X-Hook',
				token: SECRET,
				...change,
			},
		});
		expect(error?.message).toMatch(message);
		expect(`${error?.message} ${error?.description ?? ''}`).not.toContain(SECRET);
		expect(requests).toHaveLength(0);
	});
});
