import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';

import { nodeTypes } from '../../../../harness/n8nHarness';
import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, expectRefusedBeforeSending, freightSuite } from '../freightSuite';

/** Like the harness's Items source, but an item's `_file` becomes its binary field `data`. */
class BinaryItemsSource implements INodeType {
	description = {
		displayName: 'Items',
		name: 'itemsSource',
		group: ['input'],
		version: 1,
		description: 'Emits test items with files',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'string', default: '[{}]' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [
			items.map(({ _file, ...json }) => {
				if (!_file) return { json };
				const file = _file as { text: string; fileName: string; mimeType: string };
				return {
					json,
					binary: {
						data: {
							data: Buffer.from(file.text).toString('base64'),
							fileName: file.fileName,
							mimeType: file.mimeType,
						},
					},
				};
			}),
		];
	}
}

describe('Document (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'document',
		path: '/documents',
		operationIds: { get: 'documents_show', getAll: 'documents_index' },
		idParameter: 'documentId',
		idLabel: 'Document',
		locator: true,
		idKind: 'token',
		objectType: '/document',
		multiPage: false,
	});
	const fixtures = () => env.sim.fixtures as { documentId: string; shipmentId: number };

	it('get: GET /documents/{id}, simplified', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'document',
				operation: 'get',
				documentId: { __rl: true, mode: 'id', value: fixtures().documentId },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/documents/${fixtures().documentId}`,
			status: 200,
			operationId: 'documents_show',
			validationErrors: [],
		});
		expect(items[0].json).toMatchObject({ id: fixtures().documentId });
		expect(typeof items[0].json.shipment_id).toBe('number');
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: shipment, type, archived and uploaded-at filters; Limit; Return All', async () => {
		const first = (
			await env.run({ parameters: { resource: 'document', operation: 'getAll', limit: 1 } })
		).items[0].json;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'document',
				operation: 'getAll',
				limit: 20,
				filters: {
					shipmentId: String(first.shipment_id),
					documentType: first.document_type,
					archived: false,
					uploadedAfter: '2000-01-01T00:00:00Z',
					uploadedOnOrAfter: '2000-01-01',
					uploadedBefore: '2100-01-01T00:00:00Z',
					uploadedOnOrBefore: '2100-01-01T00:00:00Z',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/documents',
			status: 200,
			operationId: 'documents_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '20',
			'f.shipment.id': String(first.shipment_id),
			'f.document_type': first.document_type,
			'f.archived_at.exists': 'false',
			'f.uploaded_at.gt': '2000-01-01T00:00:00.000Z',
			'f.uploaded_at.gte': '2000-01-01T00:00:00.000Z',
			'f.uploaded_at.lt': '2100-01-01T00:00:00.000Z',
			'f.uploaded_at.lte': '2100-01-01T00:00:00.000Z',
		});
		expect(items.map((item) => item.json.id)).toContain(first.id);

		await expectLimitAndReturnAll(env, 'document', 6, 80);
	});

	it('download: GET /documents/{id}/download into a binary field with the file name and MIME type', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'document',
				operation: 'download',
				documentId: { __rl: true, mode: 'id', value: fixtures().documentId },
				binaryPropertyName: 'file',
			},
		});
		expect(error).toBeUndefined();
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/documents/${fixtures().documentId}/download`,
			status: 200,
			operationId: 'documents_download',
			validationErrors: [],
		});
		const binary = items[0].binary?.file;
		expect(binary?.mimeType).toBe('application/pdf');
		expect(binary?.fileName).toMatch(/\.pdf$/);
		expect(
			Buffer.from(binary?.data ?? '', 'base64')
				.subarray(0, 5)
				.toString(),
		).toBe('%PDF-');
		expect(items[0].json).toMatchObject({
			id: fixtures().documentId,
			mime_type: 'application/pdf',
			file_name: binary?.fileName,
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	describe('upload', () => {
		let spy: jest.SpyInstance;
		beforeAll(() => {
			const original = nodeTypes.getByNameAndVersion.bind(nodeTypes);
			const source = new BinaryItemsSource();
			spy = jest
				.spyOn(nodeTypes, 'getByNameAndVersion')
				.mockImplementation((type: string, version?: number) =>
					type === 'test.itemsSource' ? source : original(type, version),
				);
		});
		afterAll(() => spy.mockRestore());

		it('POST /documents with the file as base64, then downloads the same bytes', async () => {
			const { items, requests, error } = await env.run({
				parameters: {
					resource: 'document',
					operation: 'upload',
					shipmentId: String(fixtures().shipmentId),
					documentType: 'commercial_invoice',
					additionalFields: { memo: 'From n8n' },
				},
				items: [
					{
						_file: {
							text: 'hello, flexport',
							fileName: 'invoice.txt',
							mimeType: 'text/plain; charset=utf-8',
						},
					},
				],
			});
			expect(error).toBeUndefined();
			expect(requests[0]).toMatchObject({
				method: 'POST',
				path: '/documents',
				status: 200,
				operationId: 'documents_create',
				validationErrors: [],
			});
			expect(requests[0].body).toEqual({
				file_name: 'invoice.txt',
				mime_type: 'text/plain',
				document_type: 'commercial_invoice',
				document: Buffer.from('hello, flexport').toString('base64'),
				shipment_id: fixtures().shipmentId,
				memo: 'From n8n',
			});
			const id = items[0].json.id as string;
			expect(items[0].json).toMatchObject({
				file_name: 'invoice.txt',
				document_type: 'commercial_invoice',
			});
			expect(items[0].pairedItem).toEqual({ item: 0 });

			const download = await env.run({
				parameters: {
					resource: 'document',
					operation: 'download',
					documentId: { __rl: true, mode: 'id', value: id },
				},
			});
			expect(Buffer.from(download.items[0].binary?.data.data ?? '', 'base64').toString()).toBe(
				'hello, flexport',
			);
			expect(download.items[0].binary?.data.fileName).toBe('invoice.txt');
		});

		it('fails before sending when the binary field is missing, and with Continue On Fail carries on', async () => {
			const { items, error, requests } = await env.run({
				parameters: {
					resource: 'document',
					operation: 'upload',
					shipmentId: String(fixtures().shipmentId),
					documentType: 'commercial_invoice',
					additionalFields: { fileName: 'a.pdf', mimeType: 'application/pdf' },
				},
				items: [
					{ none: true },
					{ _file: { text: '%PDF-1.4', fileName: 'x.bin', mimeType: 'application/octet-stream' } },
				],
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(requests).toHaveLength(1);
			expect(items[0].json.error).toMatch(
				/"Input Binary Field": the input item has no binary field "data" \[item 0\]/,
			);
			expect(items[0].pairedItem).toEqual({ item: 0 });
			expect(requests[0].body).toMatchObject({ file_name: 'a.pdf', mime_type: 'application/pdf' });
			expect(items[1].pairedItem).toEqual({ item: 1 });
		});
	});

	it('rejects a bad shipment ID and a bad document type before sending', async () => {
		const upload = (shipmentId: string, documentType: string) => ({
			parameters: { resource: 'document', operation: 'upload', shipmentId, documentType },
		});
		await expectRefusedBeforeSending(
			env,
			upload('abc', 'commercial_invoice'),
			/"Shipment ID" must be a numeric Flexport ID.*\[item 0\]/,
		);
		await expectRefusedBeforeSending(
			env,
			upload('200001', 'Bill of Lading'),
			/"Document Type" must be a Flexport document type.*\[item 0\]/,
		);
	});
});
