import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['booking'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Submit a new booking to Flexport',
				action: 'Create a booking',
			},
			{ name: 'Get', value: 'get', description: 'Get a booking', action: 'Get a booking' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List bookings',
				action: 'Get many bookings',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
