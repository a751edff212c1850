import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as bookContainers from './bookContainers.operation';
import * as bookPallets from './bookPallets.operation';
import * as bookTruck from './bookTruck.operation';
import * as cancelOrder from './cancelOrder.operation';
import * as getAllOrders from './getAllOrders.operation';
import * as getAllQuotes from './getAllQuotes.operation';
import * as getOrder from './getOrder.operation';
import * as getOrderDocuments from './getOrderDocuments.operation';
import * as getPorts from './getPorts.operation';
import * as getQuote from './getQuote.operation';
import * as getTracking from './getTracking.operation';
import * as quoteContainers from './quoteContainers.operation';
import * as quotePallets from './quotePallets.operation';
import * as quoteTruck from './quoteTruck.operation';

export {
	bookContainers,
	bookPallets,
	bookTruck,
	cancelOrder,
	getAllOrders,
	getAllQuotes,
	getOrder,
	getOrderDocuments,
	getPorts,
	getQuote,
	getTracking,
	quoteContainers,
	quotePallets,
	quoteTruck,
};

export const option: INodePropertyOptions = { name: 'Freight', value: 'freight' };

const operation = (name: string, value: string, description: string, action: string) => ({
	name,
	value,
	description,
	action,
});

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['freight'] } },
		options: [
			operation(
				'Book Containers (Drayage)',
				'bookContainers',
				'Book a drayage quote: containers picked up at a port',
				'Book a drayage freight order',
			),
			operation(
				'Book Pallets (LTL)',
				'bookPallets',
				'Book an LTL quote: pallets sharing a truck',
				'Book an LTL freight order',
			),
			operation(
				'Book Truck (FTL)',
				'bookTruck',
				'Book an FTL quote: a full truckload',
				'Book an FTL freight order',
			),
			operation('Cancel Order', 'cancelOrder', 'Cancel a freight order', 'Cancel a freight order'),
			operation(
				'Get BOL Tracking',
				'getTracking',
				'Get the tracking events of a bill of lading',
				'Get the tracking of a freight BOL',
			),
			operation(
				'Get Many Orders',
				'getAllOrders',
				'List freight orders',
				'Get many freight orders',
			),
			operation(
				'Get Many Quotes',
				'getAllQuotes',
				'List freight quotes',
				'Get many freight quotes',
			),
			operation('Get Order', 'getOrder', 'Get a freight order', 'Get a freight order'),
			operation(
				'Get Order Documents',
				'getOrderDocuments',
				'Get the documents of a freight order (BOL, labels) as files',
				'Get the documents of a freight order',
			),
			operation(
				'Get Ports',
				'getPorts',
				'List the ports drayage can pick up from',
				'Get the freight ports',
			),
			operation('Get Quote', 'getQuote', 'Get a freight quote', 'Get a freight quote'),
			operation(
				'Quote Containers (Drayage)',
				'quoteContainers',
				'Get a price for moving a container from a port',
				'Create a drayage freight quote',
			),
			operation(
				'Quote Pallets (LTL)',
				'quotePallets',
				'Get a price for pallets that share a truck',
				'Create an LTL freight quote',
			),
			operation(
				'Quote Truck (FTL)',
				'quoteTruck',
				'Get a price for a full truckload',
				'Create an FTL freight quote',
			),
		],
		default: 'getAllOrders',
	},
	...quoteContainers.description,
	...quotePallets.description,
	...quoteTruck.description,
	...getQuote.description,
	...getAllQuotes.description,
	...bookContainers.description,
	...bookPallets.description,
	...bookTruck.description,
	...getOrder.description,
	...getAllOrders.description,
	...cancelOrder.description,
	...getOrderDocuments.description,
	...getTracking.description,
	...getPorts.description,
];
