import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { textParameter } from '../../../shared/readers/parameters';
import { failParameter } from '../../../shared/readers/values';
import {
	downloadFields,
	shipmentLocator,
	waitFields,
} from '../../descriptions/inbound.description';
import {
	readDownloadProperty,
	readShipmentId,
	readWaitSettings,
} from '../../helpers/inboundFields';
import { documentState } from '../../helpers/inboundOutput';
import { SCOPES } from '../../helpers/scopes';
import { waitForResult } from '../../helpers/waitResult';
import { downloadItem } from '../../steps/download';
import { expectObject, recordItems } from '../../steps/record';
import { logisticsRequest } from '../../transport';

// The spec types both as free strings; BOX_LABELS and PDF are the values Flexport's examples use.
const properties: INodeProperties[] = [
	shipmentLocator('The inbound shipment the document is for'),
	{
		displayName: 'Document',
		name: 'documentOption',
		type: 'string',
		default: 'BOX_LABELS',
		required: true,
		placeholder: 'e.g. BOX_LABELS',
		description:
			'Which document to create, as Flexport names it (documentOption), such as BOX_LABELS',
	},
	{
		displayName: 'Format',
		name: 'documentFormat',
		type: 'string',
		default: 'PDF',
		required: true,
		placeholder: 'e.g. PDF',
		description: 'The file format (documentFormat), such as PDF',
	},
	...waitFields('the document is'),
	...downloadFields('the document'),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['inbound'], operation: ['getDocument'] } },
	properties,
);

function readDocumentValue(
	context: IExecuteFunctions,
	name: string,
	field: string,
	itemIndex: number,
) {
	const value = textParameter(context, name, field, itemIndex, 60);
	if (!/^[A-Za-z0-9_.-]+$/.test(value))
		failParameter(context, itemIndex, `"${field}" may hold only letters, digits, _, . and -`);
	return value;
}

/**
 * GET /inbounds/shipments/{shipmentId}/document (get_transfer_document_v2): `{ready, url}`;
 * Flexport prepares the file first, so with Wait for Result the request is repeated until it is
 * ready; with Download the file at `url` becomes binary data.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const shipmentId = readShipmentId(this, itemIndex);
	const qs = {
		documentOption: readDocumentValue(this, 'documentOption', 'Document', itemIndex),
		documentFormat: readDocumentValue(this, 'documentFormat', 'Format', itemIndex),
	};
	const wait = readWaitSettings(this, itemIndex);
	const property = readDownloadProperty(this, itemIndex);
	const path = `/inbounds/shipments/${shipmentId}/document`;
	const read = async () => {
		const response = await logisticsRequest.call(this, 'GET', path, {
			qs,
			scope: SCOPES.inbounds.read,
			itemIndex,
		});
		const body = expectObject(this, response.body, `GET ${path}`, itemIndex);
		return { body, ready: documentState(response.status, body) === 'ready' };
	};
	const outcome = wait
		? await waitForResult(
				this,
				itemIndex,
				wait,
				{
					name: `The ${qs.documentOption} document of inbound shipment ${shipmentId}`,
					later: `"Inbound Shipment → Get Document" again for shipment ${shipmentId}`,
				},
				read,
				(result) => result.ready,
			)
		: { result: await read() };
	const { body, ready } = outcome.result;
	const json: IDataObject = { shipmentId, ...qs, ...body, ready };
	if (!ready || !property) return recordItems(this, json, itemIndex);
	return [
		await downloadItem.call(this, itemIndex, json, {
			link: String(body.url),
			property,
			fallbackName: `${shipmentId}-${qs.documentOption}.${qs.documentFormat.toLowerCase()}`,
			scope: SCOPES.inbounds.read,
		}),
	];
}
