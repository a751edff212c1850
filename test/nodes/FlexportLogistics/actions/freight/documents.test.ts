/** Freight order documents: links, binary downloads, pairing, and a file host on another origin. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';
import { expectNoCredentialArrived, useFileHost } from './fileHost';

const order = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

describe('Freight → Get Order Documents (against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const orderId = () => Number(env.logistics.fixtures.freightOrderId);

	it('downloads every document as binary data, one item per document, paired with its input item', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'getOrderDocuments',
				orderId: order('={{ $json.orderId }}'),
			},
			items: [{ orderId: orderId() }, { orderId: orderId() }],
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests.map((request) => request.operationId)).toEqual([
			'get_order_documents',
			'get_order_documents',
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
			{ item: 1 },
		]);
		for (const item of items) {
			expect(item.json).toMatchObject({
				orderId: orderId(),
				type: expect.stringMatching(/^(CUSTOMER_BOL|PALLET_LABELS|DELIVERY_ORDER)$/),
				url: expect.stringContaining('/logistics/downloads/documents/'),
				mimeType: 'application/pdf',
				fileName: expect.stringMatching(/\.pdf$/),
			});
			const file = item.binary?.data;
			expect(
				Buffer.from(file?.data ?? '', 'base64')
					.subarray(0, 5)
					.toString(),
			).toBe('%PDF-');
			expect(item.json.fileSize).toBe(Buffer.from(file?.data ?? '', 'base64').length);
		}
	});

	it('Document Types filters, and Download off returns only the links', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'freight',
				operation: 'getOrderDocuments',
				orderId: order(orderId()),
				download: false,
				options: { documentTypes: ['CUSTOMER_BOL'] },
			},
		});
		expectAccepted(requests);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			orderId: orderId(),
			type: 'CUSTOMER_BOL',
			url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/logistics\/downloads\//),
		});
		expect(items[0].binary).toBeUndefined();
	});

	describe('documents on another origin', () => {
		const files = useFileHost(env);

		it('are downloaded without the access token, which only the API host receives', async () => {
			const { host } = files;
			const { items, requests, error } = await env.run({
				credentialId: files.useFront(),
				parameters: {
					resource: 'freight',
					operation: 'getOrderDocuments',
					orderId: order(orderId()),
					binaryPropertyName: 'file',
				},
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(items.length).toBeGreaterThan(0);
			expect(host.fileRequests).toHaveLength(items.length);
			for (const item of items) {
				expect(item.json.url).toMatch(new RegExp(`^${host.fileOrigin}/`));
				expect(item.binary?.file?.mimeType).toBe('application/pdf');
			}
			for (const arrived of host.fileRequests) expect(arrived.method).toBe('GET');
			expectNoCredentialArrived(host, env.logistics.accessToken);
		});

		it('an expired link is an error that says to run the operation again, naming no signature', async () => {
			const { host } = files;
			host.fileStatus = 403;
			const { error, items } = await env.run({
				credentialId: files.useFront(),
				parameters: {
					resource: 'freight',
					operation: 'getOrderDocuments',
					orderId: order(orderId()),
				},
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				httpCode: '403',
				error: expect.stringContaining(`HTTP 403 to GET ${host.fileOrigin}/logistics/downloads/`),
				description: expect.stringMatching(/such links expire\. Run the operation again/),
			});
			expect(host.fileRequests).toHaveLength(1);
			expect(host.fileRequests[0].headers.authorization).toBeUndefined();
		});
	});
});
