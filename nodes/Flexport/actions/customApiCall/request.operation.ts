import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { toItems } from '../../helpers/items';
import { keyValuePairs, parseJsonParameter } from '../../helpers/json';
import { requireApiPath } from '../../helpers/request';
import { toolCappedLimit } from '../../helpers/toolMode';
import { requireOneOf } from '../../helpers/values';
import { requestVersion } from '../../steps/version';
import { flexportApiRequest, flexportApiRequestAllItems } from '../../transport';

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: METHODS.map((method) => ({ name: method, value: method })),
		default: 'GET',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. /shipments/12345',
		description:
			'Path under the API base URL of the credential, starting with /. Query parameters go in Query Parameters.',
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'e.g. f.status',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
	{
		displayName: 'Send Body',
		name: 'sendBody',
		type: 'boolean',
		default: false,
		description: 'Whether to send a JSON body',
		displayOptions: { show: { method: ['POST', 'PATCH', 'PUT', 'DELETE'] } },
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { method: ['POST', 'PATCH', 'PUT', 'DELETE'], sendBody: [true] } },
	},
	{
		displayName: 'Return All (Follow Next Links)',
		name: 'followNextLinks',
		type: 'boolean',
		default: false,
		description:
			'Whether to treat the response as a Flexport list, follow its next links and output every record as an item',
		displayOptions: { show: { method: ['GET'] } },
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customApiCall'], operation: ['request'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const method = requireOneOf(
		this,
		this.getNodeParameter('method', itemIndex, 'GET'),
		METHODS,
		'Method',
		itemIndex,
	) as IHttpRequestMethods;
	const path = requireApiPath(
		this,
		this.getNodeParameter('path', itemIndex, ''),
		'Path',
		itemIndex,
	);
	const qs: IDataObject = {};
	for (const [name, value] of keyValuePairsForQuery(this, itemIndex)) qs[name] = value;
	const apiVersion = requestVersion(this, itemIndex);
	if (method === 'GET' && (this.getNodeParameter('followNextLinks', itemIndex, false) as boolean)) {
		return toItems(
			this,
			await flexportApiRequestAllItems.call(this, path, qs, {
				itemIndex,
				limit: toolCappedLimit(this, undefined),
				apiVersion,
			}),
			itemIndex,
		);
	}
	let body: IDataObject | IDataObject[] | undefined;
	if (method !== 'GET' && (this.getNodeParameter('sendBody', itemIndex, false) as boolean)) {
		body = parseJsonParameter(
			this,
			this.getNodeParameter('body', itemIndex, '{}'),
			'Body (JSON)',
			itemIndex,
			'any',
		) as IDataObject | IDataObject[];
		if (body === null || typeof body !== 'object') body = undefined;
	}
	const data = (await flexportApiRequest.call(this, method, path, {
		qs,
		body,
		itemIndex,
		apiVersion,
	})) as unknown;
	if (data === null || data === undefined) return toItems(this, {}, itemIndex);
	if (typeof data !== 'object') return toItems(this, { data }, itemIndex);
	return toItems(this, data as IDataObject | IDataObject[], itemIndex);
}

function keyValuePairsForQuery(
	context: IExecuteFunctions,
	itemIndex: number,
): Array<[string, string]> {
	return keyValuePairs(
		context,
		context.getNodeParameter('queryParameters', itemIndex, {}),
		'Query Parameters',
		itemIndex,
		'parameter',
		{ key: 'name', value: 'value' },
		{
			pattern: /^[A-Za-z0-9_.\-[\]]{1,200}$/,
			hint: '1–200 letters, digits, ., -, _, [ or ]',
		},
	);
}
