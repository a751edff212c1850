/**
 * RFC 7807 problem+json answers as users meet them: NodeApiError with status, title and detail,
 * what to do (401 token, 403 scope, 423 locked account), the OrderError and the sub-code wherever
 * the undocumented field puts them, and the same facts on Continue On Fail items.
 */
import { readLogisticsProblem } from '../../../../nodes/FlexportLogistics/transport';
import { useLogisticsSimulator } from '../../../harness/logisticsFixture';

describe('readLogisticsProblem', () => {
	it('reads the RFC 7807 members', () => {
		expect(
			readLogisticsProblem({
				type: 'https://logistics-api.flexport.com/problems/not-found',
				title: 'Not Found',
				status: 404,
				detail: 'Order 1 was not found',
				instance: 'abc',
			}),
		).toEqual({
			type: 'https://logistics-api.flexport.com/problems/not-found',
			title: 'Not Found',
			status: 404,
			detail: 'Order 1 was not found',
			instance: 'abc',
			subCode: undefined,
			orderError: undefined,
		});
	});

	it.each([
		['code', { code: 407001 }],
		['subCode', { subCode: '407001' }],
		['errorCode', { errorCode: 407001 }],
		['the end of type', { type: 'https://logistics-api.flexport.com/errors/407001' }],
	])('finds a six-digit sub-code in %s', (_where, member) => {
		expect(readLogisticsProblem({ title: 'Unprocessable Entity', ...member })?.subCode).toBe(
			'407001',
		);
	});

	it('does not take a 401 code or another number for a sub-code', () => {
		expect(readLogisticsProblem({ title: 'Unauthorized', code: 401 })?.subCode).toBeUndefined();
		expect(readLogisticsProblem({ title: 'Order error', code: 1002 })?.subCode).toBeUndefined();
	});

	it.each([
		[
			'spread into the problem',
			{ type: 'STOCKOUT', retriable: true, lineItemErrors: [{ logisticsSku: 'D1' }] },
		],
		[
			'under error',
			{ error: { type: 'STOCKOUT', retriable: true, lineItemErrors: [{ logisticsSku: 'D1' }] } },
		],
		[
			'under orderError',
			{
				orderError: { type: 'stockout', retriable: true, lineItemErrors: [{ logisticsSku: 'D1' }] },
			},
		],
		[
			'as errors[0] with a type URI',
			{
				errors: [
					{
						type: 'https://x/errors/STOCKOUT',
						retriable: true,
						lineItemErrors: [{ logisticsSku: 'D1' }],
					},
				],
			},
		],
	])('finds an OrderError %s', (_where, member) => {
		expect(readLogisticsProblem({ title: 'Order error', ...member })?.orderError).toEqual({
			type: 'STOCKOUT',
			retriable: true,
			message: undefined,
			lineItemSkus: ['D1'],
		});
	});

	it('a problem type URI that happens to end in an OrderErrorType is no OrderError by itself', () => {
		expect(
			readLogisticsProblem({ type: 'https://x/problems/unknown', title: 'Internal Server Error' })
				?.orderError,
		).toBeUndefined();
	});

	it('plain bodies: a short text becomes the detail; HTML and empty bodies are ignored', () => {
		expect(readLogisticsProblem('upstream timed out')).toEqual({ detail: 'upstream timed out' });
		expect(readLogisticsProblem('<html>502</html>')).toBeUndefined();
		expect(readLogisticsProblem('')).toBeUndefined();
		expect(readLogisticsProblem({ message: 'Gateway said no' })?.detail).toBe('Gateway said no');
	});
});

describe('problem+json answers in n8n-core runs against the Logistics simulator', () => {
	const env = useLogisticsSimulator();
	const createOrder = {
		resource: 'order',
		operation: 'create',
		externalOrderId: '={{ "PROBLEM-" + $now.toMillis() + "-" + $itemIndex }}',
		shippingAddress: { address: { address1: '1 Main St', city: 'Atlanta', countryCode: 'US' } },
		lineItems: { item: [{ logisticsSku: 'DAAAAAAAAAA', quantity: 1 }] },
	};
	const getProducts = { resource: 'product', operation: 'getAll', limit: 1 };

	it('401: the token was rejected; create a new one in Portal → Settings → API Tokens', async () => {
		env.store.set('logistics-wrong', 'flexportLogisticsApi', {
			...env.store.get('logistics-1'),
			accessToken: 'sim_lgx_not-a-real-token',
		});
		const { error, requests } = await env.run({
			parameters: getProducts,
			credentialId: 'logistics-wrong',
		});
		// n8n-core sends a request once more after a 401 (its re-authentication step); then it gives up.
		expect(requests.map((request) => request.status)).toEqual([401, 401]);
		expect(error?.message).toMatch(
			/rejected the credentials \(HTTP 401\) for GET .*: Unauthorized: The access token is invalid/,
		);
		expect(error?.description).toMatch(/Flexport Portal → Settings → API Tokens/);
		expect(JSON.stringify(error)).not.toContain('sim_lgx_not-a-real-token');
	});

	it('403: names the scope the operation needs', async () => {
		const { error } = await env.run({ parameters: createOrder, credentialId: 'logistics-limited' });
		expect(error?.message).toMatch(/HTTP 403 .*lacks the scope write_logistics_orders/);
		expect(error?.description).toMatch(/it needs the write_logistics_orders scope/);
	});

	it('423: the account is locked, and retrying does not help', async () => {
		env.logistics.freeze(true);
		const { error, requests } = await env.run({ parameters: getProducts });
		expect(requests).toHaveLength(1);
		expect(error?.message).toMatch(/HTTP 423 .*frozen/);
		expect(error?.description).toMatch(/account is locked.*Retrying does not help/);
	});

	it('422: title and detail; Continue On Fail items carry status, title, detail and instance', async () => {
		const { error } = await env.run({ parameters: createOrder });
		expect(error?.message).toMatch(
			/HTTP 422 to POST \/logistics\/api\/2024-07\/orders: Unprocessable Entity: body\.lineItems\[0\]\.logisticsSku: no product DAAAAAAAAAA/,
		);
		expect(error?.description).toMatch(/Flexport occurrence ID: [0-9a-f-]{36}/);

		const continued = await env.run({
			parameters: createOrder,
			continueOnFail: true,
			items: [{}, {}],
		});
		expect(continued.items).toHaveLength(2);
		for (const [index, item] of continued.items.entries()) {
			expect(item.pairedItem).toEqual({ item: index });
			expect(item.json).toMatchObject({
				httpCode: '422',
				title: 'Unprocessable Entity',
				detail: expect.stringContaining('no product DAAAAAAAAAA'),
				instance: expect.any(String),
			});
		}
	});

	it('400 from the spec validation: the detail names the field Flexport refused', async () => {
		env.logistics.setSettings({ bodyValidationStatus: 400 });
		const duties = {
			merchantOfRecordProvider: 'ACME',
			merchantOfRecordAccountId: 'a',
			merchantOfRecordOrderId: 'b',
		};
		const { error, requests } = await env.run({
			parameters: {
				...createOrder,
				lineItems: {
					item: [{ logisticsSku: String(env.logistics.fixtures.logisticsSku), quantity: 1 }],
				},
				additionalFields: { duties: JSON.stringify(duties) },
			},
		});
		expect(requests.map((request) => request.status)).toEqual([400]);
		expect(error?.message).toMatch(
			/HTTP 400 .*Bad Request: Invalid request: body\.duties\.merchantOfRecordProvider/,
		);
		expect(error?.description).toMatch(/check the fields the message names/);
	});
});
