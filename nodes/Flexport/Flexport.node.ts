import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resourceOptions, resources } from './actions/resources';
import { requestOptions } from './descriptions/requestOptions.description';
import { router } from './actions/router';
import { listSearch } from './methods';

export class Flexport implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport',
		name: 'flexport',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Flexport shipments, bookings, purchase orders, customs, documents and more',
		defaults: { name: 'Flexport' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'flexportOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
			{
				name: 'flexportApi',
				required: true,
				displayOptions: { show: { authentication: ['apiKey'] } },
			},
		],
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'OAuth2 (API Credentials)', value: 'oAuth2' },
					{ name: 'API Key (Legacy)', value: 'apiKey' },
				],
				default: 'oAuth2',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions(),
				default: 'shipment',
			},
			...resources.flatMap((entry) => entry.module.description),
			requestOptions,
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
