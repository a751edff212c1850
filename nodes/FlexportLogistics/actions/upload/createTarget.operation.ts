/**
 * POST /uploads (create_upload_target): where and with which form fields to upload a file
 * (an S3-style POST). The output also has the fields as one object, `formFields`, to map into
 * an HTTP Request node's form.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { textParameter } from '../../../shared/readers/parameters';
import { failParameter, requireNumber, requireOneOf } from '../../../shared/readers/values';
import { requiredText } from '../../descriptions/common.description';
import { postOperation } from '../../helpers/postOperation';

/** ResourceType of spec/flexport-logistics-api.yaml. */
const RESOURCE_TYPES = ['CLAIM_PROOF', 'FREIGHT_BOOKING_DOCUMENT'] as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Resource Type',
		name: 'resourceType',
		type: 'options',
		options: [
			{ name: 'Claim Proof', value: 'CLAIM_PROOF' },
			{ name: 'Freight Booking Document', value: 'FREIGHT_BOOKING_DOCUMENT' },
		],
		default: 'CLAIM_PROOF',
		description: 'What the file is for',
	},
	requiredText(
		'File Name',
		'filename',
		'e.g. damage-photo.jpg',
		'The original name of the file, for example {{ $binary.data.fileName }}',
	),
	{
		displayName: 'File Size (Bytes)',
		name: 'fileSize',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		required: true,
		description: 'The size of the file in bytes',
	},
	requiredText(
		'MIME Type',
		'mimeType',
		'e.g. application/pdf',
		'The type of the file, for example {{ $binary.data.mimeType }}',
	),
];

const MIME_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

function readUploadBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const filename = textParameter(context, 'filename', 'File Name', itemIndex, 255);
	if (/[/\\]/.test(filename))
		failParameter(context, itemIndex, '"File Name" must be a file name without a folder');
	const mimeType = textParameter(context, 'mimeType', 'MIME Type', itemIndex, 255);
	if (!MIME_TYPE.test(mimeType))
		failParameter(context, itemIndex, '"MIME Type" must be a type such as application/pdf');
	return {
		filename,
		fileSize: requireNumber(
			context,
			context.getNodeParameter('fileSize', itemIndex, 0),
			'File Size (Bytes)',
			itemIndex,
			{ min: 1, integer: true },
		),
		mimeType,
		resourceType: requireOneOf(
			context,
			context.getNodeParameter('resourceType', itemIndex, ''),
			RESOURCE_TYPES,
			'Resource Type',
			itemIndex,
		),
	};
}

/** The upload form's fields, `[{ name, value }]`, also as one object. */
function withFormFields(json: IDataObject): IDataObject {
	const fields = Array.isArray(json.fields) ? (json.fields as IDataObject[]) : [];
	json.formFields = Object.fromEntries(
		fields
			.filter((field) => typeof field?.name === 'string')
			.map((field) => [String(field.name), field.value as string]),
	);
	return json;
}

export const { description, execute } = postOperation({
	resource: 'upload',
	operation: 'createTarget',
	properties,
	path: '/uploads',
	scope: '',
	readBody: readUploadBody,
	present: withFormFields,
});
