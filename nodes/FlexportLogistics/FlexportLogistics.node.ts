import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptions } from '../shared/requestOptions.description';
import { resourceOptions, resourceProperties, router } from './actions/router';
import { listSearch } from './methods';
import { LOGISTICS_CREDENTIAL } from './transport';

export class FlexportLogistics implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Logistics',
		name: 'flexportLogistics',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Fulfilment with the Flexport Logistics API: orders, products, inventory, bundles, inbounds, freight, parcels, returns, reports, webhooks and events',
		defaults: { name: 'Flexport Logistics' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: LOGISTICS_CREDENTIAL, required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions(),
				default: 'order',
			},
			...resourceProperties(),
			requestOptions,
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
