import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { fileNameFromDisposition } from '../../../shared/transport/contentDisposition';
import { targetId, textParameter } from '../../helpers/parameters';
import { requestVersion } from '../../steps/version';
import { type BinaryResponse, flexportRawRequest } from '../../transport';

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.document),
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['download'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, LOCATORS.document, itemIndex);
	const property = textParameter(
		this,
		'binaryPropertyName',
		'Put Output File in Field',
		itemIndex,
		200,
	);
	const response = (await flexportRawRequest.call(
		this,
		'GET',
		`${LOCATORS.document.path}/${id}/download`,
		{ binary: true, itemIndex, apiVersion: requestVersion(this, itemIndex) },
	)) as BinaryResponse;
	const headers = Object.fromEntries(
		Object.entries(response.headers ?? {}).map(([name, value]) => [
			name.toLowerCase(),
			String(value),
		]),
	);
	const mimeType =
		(headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim() ||
		'application/octet-stream';
	const fileName = fileNameFromDisposition(headers['content-disposition']) ?? `${id}`;
	const binary = await this.helpers.prepareBinaryData(response.body, fileName, mimeType);
	return [
		{
			json: {
				id,
				file_name: binary.fileName ?? fileName,
				mime_type: mimeType,
				size: response.body.length,
			},
			binary: { [property]: binary },
			pairedItem: { item: itemIndex },
		},
	];
}
