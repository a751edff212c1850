import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { fieldsCollection, updateDisplayOptions } from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { collectionValues, targetId, textParameter } from '../../helpers/parameters';
import { failParameter, optionalText } from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const SHIPMENT = { ...LOCATORS.shipment, displayName: 'Shipment ID' };

/** Flexport takes the file inline as base64; keep requests to a sane size. */
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field holding the file to upload',
	},
	{ ...objectLocator(SHIPMENT), description: 'Shipment to attach the document to' },
	{
		displayName: 'Document Type',
		name: 'documentType',
		type: 'string',
		default: 'commercial_invoice',
		required: true,
		placeholder: 'e.g. commercial_invoice',
		description:
			'Flexport document type, such as commercial_invoice, commercial_invoice_packing_list, certificate_of_origin or booking_sheet',
	},
	fieldsCollection('Additional Fields', [
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			description: "Name to store the file under; defaults to the binary file's name",
		},
		{
			displayName: 'Memo',
			name: 'memo',
			type: 'string',
			default: '',
			description: 'Note shown with the document',
		},
		{
			displayName: 'MIME Type',
			name: 'mimeType',
			type: 'string',
			default: '',
			placeholder: 'e.g. application/pdf',
			description: "Defaults to the binary file's MIME type",
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['upload'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const property = textParameter(this, 'binaryPropertyName', 'Input Binary Field', itemIndex, 200);
	const shipmentId = Number(targetId(this, SHIPMENT, itemIndex));
	const documentType = textParameter(this, 'documentType', 'Document Type', itemIndex, 200);
	if (!/^[a-z0-9_]+$/.test(documentType))
		failParameter(
			this,
			itemIndex,
			`"Document Type" must be a Flexport document type such as commercial_invoice, but got ${JSON.stringify(documentType).slice(0, 60)}`,
		);
	const fields = collectionValues(this, 'additionalFields', itemIndex);
	if (!this.getInputData()[itemIndex]?.binary?.[property]) {
		failParameter(
			this,
			itemIndex,
			`"Input Binary Field": the input item has no binary field "${property}"`,
			'Attach a file first, for example with a Read/Write Files from Disk or HTTP Request node.',
		);
	}
	const binary = this.helpers.assertBinaryData(itemIndex, property);
	const fileName =
		optionalText(this, fields.fileName, 'Additional Fields → File Name', itemIndex, 255) ??
		binary.fileName ??
		'document';
	const mimeType = (
		optionalText(this, fields.mimeType, 'Additional Fields → MIME Type', itemIndex, 255) ??
		binary.mimeType ??
		'application/octet-stream'
	)
		.split(';')[0]
		.trim();
	if (!/^[A-Za-z0-9.+-]+\/[A-Za-z0-9.+-]+$/.test(mimeType))
		failParameter(
			this,
			itemIndex,
			`"MIME Type" must look like application/pdf, but got ${JSON.stringify(mimeType).slice(0, 60)}`,
		);
	const buffer = await this.helpers.getBinaryDataBuffer(itemIndex, property);
	if (buffer.length === 0) failParameter(this, itemIndex, `The file in "${property}" is empty`);
	if (buffer.length > MAX_UPLOAD_BYTES)
		failParameter(
			this,
			itemIndex,
			`The file in "${property}" is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
		);
	const body: IDataObject = {
		file_name: fileName,
		mime_type: mimeType,
		document_type: documentType,
		document: buffer.toString('base64'),
		shipment_id: shipmentId,
	};
	const memo = optionalText(this, fields.memo, 'Additional Fields → Memo', itemIndex, 10_000);
	if (memo !== undefined) body.memo = memo;
	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.document.path, body);
}
