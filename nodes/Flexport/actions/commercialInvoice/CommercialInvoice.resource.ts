import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getByInvoiceNumber from './getByInvoiceNumber.operation';
import * as update from './update.operation';

export { create, get, getAll, getByInvoiceNumber, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['commercialInvoice'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					'Add a commercial invoice to a shipment (needs special permission from Flexport)',
				action: 'Create a commercial invoice',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a commercial invoice',
				action: 'Get a commercial invoice',
			},
			{
				name: 'Get by Invoice Number',
				value: 'getByInvoiceNumber',
				description:
					'Get a commercial invoice by the number printed on it (dated API version 2023-07-01)',
				action: 'Get a commercial invoice by invoice number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List commercial invoices',
				action: 'Get many commercial invoices',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a commercial invoice (needs special permission from Flexport)',
				action: 'Update a commercial invoice',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...getByInvoiceNumber.description,
	...update.description,
];
