import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resourceOptions, resourceProperties } from './actions/resources';
import { router } from './actions/router';
import {
	authenticationProperty,
	flexportCredentials,
} from './descriptions/authentication.description';
import { requestOptions } from '../shared/requestOptions.description';
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
		credentials: flexportCredentials(),
		properties: [
			authenticationProperty(),
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions(),
				default: 'shipment',
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
