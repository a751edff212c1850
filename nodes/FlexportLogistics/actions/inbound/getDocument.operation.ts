import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { textParameter } from '../../../Flexport/helpers/parameters';
import { failParameter } from '../../../Flexport/helpers/values';
import {
	downloadFields,
	shipmentLocator,
	waitFields,
} from '../../descriptions/inbound.description';
import {
	readDownloadProperty,
	readShipmentId,
	readWaitSettings,
	seconds,
} from '../../helpers/inboundFields';
import { documentState } from '../../helpers/inboundOutput';
import { SCOPES } from '../../helpers/scopes';
import { downloadItem } from '../../steps/download';
import { pollUntilReady } from '../../steps/poll';
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
		? await pollUntilReady(wait, read, (result) => result.ready)
		: { result: await read(), ready: false, polls: 1, waitedMs: 0 };
	const { body, ready } = outcome.result;
	if (wait && !outcome.ready)
		throw new NodeOperationError(
			this.getNode(),
			`The ${qs.documentOption} document of inbound shipment ${shipmentId} was not ready after ${seconds(outcome.waitedMs)} (${outcome.polls} checks) [item ${itemIndex}]`,
			{
				itemIndex,
				description:
					'Flexport is still preparing the file. Run "Inbound Shipment → Get Document" again later, or raise "Timeout (Seconds)".',
			},
		);
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
