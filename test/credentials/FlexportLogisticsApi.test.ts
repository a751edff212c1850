/**
 * The Flexport Logistics API credential: bearer authentication (what the HTTP Request node uses as a
 * predefined credential), the API Version choices, and its test request as n8n runs it — a routing
 * request in n8n-core against the simulator, whose failure n8n words with the credential's rules.
 */
import type { IDataObject, IHttpRequestOptions, INodeType } from 'n8n-workflow';

import { FlexportLogisticsApi } from '../../credentials/FlexportLogisticsApi.credentials';
import { registerLogisticsTestNode, useLogisticsSimulator } from '../harness/logisticsFixture';
import { TestCredentialsHelper } from '../harness/n8nHarness';

const credential = new FlexportLogisticsApi();
const TEST_PROBE = 'test.logisticsCredentialTest';

/** The node n8n's credentials tester builds: one property whose routing is the test request. */
registerLogisticsTestNode(TEST_PROBE, {
	description: {
		displayName: 'Credential Test',
		name: 'logisticsCredentialTest',
		group: ['transform'],
		version: 1,
		description: 'Runs the credential test request',
		defaults: { name: 'Credential Test' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'flexportLogisticsApi', required: true }],
		properties: [
			{
				displayName: 'Temp',
				name: 'temp',
				type: 'string',
				default: '',
				routing: { request: credential.test.request },
			},
		],
	},
} as unknown as INodeType);

describe('Flexport Logistics API credential', () => {
	const env = useLogisticsSimulator();

	/** What n8n shows: the rule message for the status, or the status text (credentials-tester.service). */
	async function credentialTest(
		data: IDataObject,
	): Promise<{ status: 'OK' | 'Error'; message: string; body?: IDataObject }> {
		env.store.set('under-test', 'flexportLogisticsApi', data as never);
		const { error, items, requests } = await env.run({
			parameters: {},
			nodeType: TEST_PROBE,
			credentialId: 'under-test',
		});
		// n8n's routing sends a request again once after a 401; every other answer comes once.
		expect(requests.length).toBe(error && Number(error.httpCode) === 401 ? 2 : 1);
		if (!error) return { status: 'OK', message: 'Connection successful!', body: items[0]?.json };
		const status = Number(error.httpCode);
		const rule = credential.test.rules?.find(
			(candidate) => candidate.type === 'responseCode' && candidate.properties.value === status,
		);
		return { status: 'Error', message: rule ? String(rule.properties.message) : `HTTP ${status}` };
	}

	const valid = () => ({ ...env.store.get('logistics-1') });

	it('authenticates with the access token as a bearer token (also for the HTTP Request node)', async () => {
		const helper = new TestCredentialsHelper(env.store);
		const options = (await helper.authenticate(
			{ accessToken: 'token-123' },
			'flexportLogisticsApi',
			{
				url: 'https://logistics-api.flexport.com/logistics/api/2024-07/orders',
				method: 'GET',
			} as IHttpRequestOptions,
		)) as IHttpRequestOptions;
		expect(options.headers).toEqual({ Authorization: 'Bearer token-123' });
	});

	it('offers the known releases, unstable and a custom value; 2024-07 by default', () => {
		const version = credential.properties.find((property) => property.name === 'apiVersion');
		expect(version?.default).toBe('2024-07');
		expect((version?.options ?? []).map((option) => (option as { value: string }).value)).toEqual([
			'2024-07',
			'2024-04',
			'2023-10',
			'2023-07',
			'2023-04',
			'unstable',
			'custom',
		]);
		const token = credential.properties.find((property) => property.name === 'accessToken');
		expect(token?.typeOptions?.password).toBe(true);
		expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe(
			'https://logistics-api.flexport.com',
		);
	});

	it('test: GET /logistics/api/{version}/accounts/status succeeds with a valid token', async () => {
		const result = await credentialTest(valid());
		expect(result.status).toBe('OK');
		expect(env.logistics.requests.at(-1)).toMatchObject({
			method: 'GET',
			path: '/logistics/api/2024-07/accounts/status',
			operationId: 'get_logistics_account_standing_status',
			status: 200,
		});
		const custom = await credentialTest({
			...valid(),
			apiVersion: 'custom',
			customApiVersion: 'unstable',
		});
		expect(custom.status).toBe('OK');
		expect(env.logistics.requests.at(-1)?.path).toBe('/logistics/api/unstable/accounts/status');
	});

	it('test: a wrong or revoked token (401) says to create a new one', async () => {
		const result = await credentialTest({ ...valid(), accessToken: 'sim_lgx_wrong' });
		expect(result).toEqual({
			status: 'Error',
			message: expect.stringMatching(
				/rejected the access token \(HTTP 401\).*Portal → Settings → API Tokens/,
			),
		});
	});

	it('test: a frozen account (423) is explained', async () => {
		env.logistics.freeze(true);
		const result = await credentialTest(valid());
		expect(result.message).toMatch(/locked this Logistics account \(HTTP 423: account frozen/);
	});

	it('test: an unknown API version (404) says to check Base URL and version', async () => {
		const result = await credentialTest({
			...valid(),
			apiVersion: 'custom',
			customApiVersion: '1999-01',
		});
		expect(result.message).toMatch(
			/No Logistics API answered at this Base URL and API Version \(HTTP 404\)/,
		);
	});
});
