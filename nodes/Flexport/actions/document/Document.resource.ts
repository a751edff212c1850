import type { INodeProperties } from 'n8n-workflow';

import * as download from './download.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as upload from './upload.operation';

export { download, get, getAll, upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['document'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				description: "Download a document's file as binary data",
				action: 'Download a document',
			},
			{
				name: 'Get',
				value: 'get',
				description: "Get a document's details",
				action: 'Get a document',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List documents',
				action: 'Get many documents',
			},
			{
				name: 'Upload',
				value: 'upload',
				description: 'Attach a file to a shipment',
				action: 'Upload a document',
			},
		],
		default: 'get',
	},
	...download.description,
	...get.description,
	...getAll.description,
	...upload.description,
];
