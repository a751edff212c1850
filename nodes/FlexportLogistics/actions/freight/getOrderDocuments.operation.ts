import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collectionValues } from '../../../shared/readers/parameters';
import { requireOneOf } from '../../../shared/readers/values';
import { optionsCollection } from '../../descriptions/common.description';
import { freightOrderLocator } from '../../descriptions/freight.description';
import { downloadFields } from '../../descriptions/inbound.description';
import { readDownloadProperty } from '../../helpers/inboundFields';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { downloadItem } from '../../steps/download';
import { getRecord } from '../../steps/get';
import { recordItems } from '../../steps/record';
import { readRecords } from '../../transport/nextPage';

/** OrderDocumentType of spec/flexport-logistics-api.yaml. */
const DOCUMENT_TYPES = ['CUSTOMER_BOL', 'DELIVERY_ORDER', 'PACKING_LIST', 'PALLET_LABELS'] as const;

export const description = updateDisplayOptions(
	{ show: { resource: ['freight'], operation: ['getOrderDocuments'] } },
	[
		freightOrderLocator('The freight order whose documents to get'),
		...downloadFields('each document'),
		optionsCollection(
			[
				{
					displayName: 'Document Types',
					name: 'documentTypes',
					type: 'multiOptions',
					options: [
						{ name: 'Customer BOL', value: 'CUSTOMER_BOL' },
						{ name: 'Delivery Order', value: 'DELIVERY_ORDER' },
						{ name: 'Packing List', value: 'PACKING_LIST' },
						{ name: 'Pallet Labels', value: 'PALLET_LABELS' },
					],
					default: [],
					description: 'Only these documents; none chosen returns all',
				},
			],
			{ write: false },
		),
	],
);

function readTypes(context: IExecuteFunctions, itemIndex: number): Set<string> | undefined {
	const chosen = collectionValues(context, 'options', itemIndex).documentTypes;
	const list = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
	if (list.length === 0) return undefined;
	return new Set(
		list.map((type) =>
			requireOneOf(context, type, DOCUMENT_TYPES, 'Options → Document Types', itemIndex),
		),
	);
}

/**
 * GET /freight/orders/{orderId}/documents (get_order_documents): one item per document
 * `{orderId, type, url}`, with Download the file at `url` as binary data.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const orderId = readIdLocator(this, 'orderId', itemIndex, 'Freight Order', 'freightOrderId');
	const property = readDownloadProperty(this, itemIndex);
	const types = readTypes(this, itemIndex);
	const body = await getRecord.call(this, itemIndex, {
		path: `/freight/orders/${orderId}/documents`,
		scope: SCOPES.freight.read,
	});
	const documents: IDataObject[] = readRecords(body, 'documents')
		.filter((document) => !types || types.has(String(document.type)))
		.map((document) => ({ orderId: Number(orderId), ...document }));
	if (!property) return recordItems(this, documents, itemIndex);
	const items: INodeExecutionData[] = [];
	for (const document of documents) {
		// A document Flexport lists without a link yet is output as it is.
		if (typeof document.url !== 'string' || document.url.trim() === '') {
			items.push(...recordItems(this, document, itemIndex));
			continue;
		}
		items.push(
			await downloadItem.call(this, itemIndex, document, {
				link: document.url,
				property,
				fallbackName: `${orderId}-${String(document.type).toLowerCase()}.pdf`,
				scope: SCOPES.freight.read,
			}),
		);
	}
	return items;
}
