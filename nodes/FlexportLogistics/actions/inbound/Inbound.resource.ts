import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as buyQuotes from './buyQuotes.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDocument from './getDocument.operation';
import * as getPurchasedQuotes from './getPurchasedQuotes.operation';
import * as getQuotes from './getQuotes.operation';
import * as requestQuotes from './requestQuotes.operation';
import * as update from './update.operation';

export {
	buyQuotes,
	create,
	get,
	getAll,
	getDocument,
	getPurchasedQuotes,
	getQuotes,
	requestQuotes,
	update,
};

export const option: INodePropertyOptions = { name: 'Inbound Shipment', value: 'inbound' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['inbound'] } },
		options: [
			{
				name: 'Buy Quotes',
				value: 'buyQuotes',
				description: 'Buy rate quotes for the shipment, optionally waiting until they are bought',
				action: 'Buy quotes for an inbound shipment',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a shipment of goods to a Flexport warehouse',
				action: 'Create an inbound shipment',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get an inbound shipment',
				action: 'Get an inbound shipment',
			},
			{
				name: 'Get Document',
				value: 'getDocument',
				description: 'Get a document of the shipment, such as box labels, as a file',
				action: 'Get a document of an inbound shipment',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'Get inbound shipments by their IDs',
				action: 'Get many inbound shipments',
			},
			{
				name: 'Get Purchased Quotes',
				value: 'getPurchasedQuotes',
				description: 'Get the result of Buy Quotes: the quotes bought',
				action: 'Get the purchased quotes of an inbound shipment',
			},
			{
				name: 'Get Quotes',
				value: 'getQuotes',
				description: 'Get the result of Request Quotes: the rate quotes',
				action: 'Get the quotes of an inbound shipment',
			},
			{
				name: 'Request Quotes',
				value: 'requestQuotes',
				description: 'Ask for shipping rate quotes, optionally waiting until they are ready',
				action: 'Request quotes for an inbound shipment',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the origin, packages, tracking or freight details of a shipment',
				action: 'Update an inbound shipment',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...getDocument.description,
	...requestQuotes.description,
	...getQuotes.description,
	...buyQuotes.description,
	...getPurchasedQuotes.description,
];
