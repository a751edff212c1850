import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as createBulkJob from './createBulkJob.operation';
import * as get from './get.operation';
import * as getBulkJob from './getBulkJob.operation';
import * as getQuote from './getQuote.operation';
import * as getTracking from './getTracking.operation';
import * as getTrackingUrl from './getTrackingUrl.operation';

export { cancel, create, createBulkJob, get, getBulkJob, getQuote, getTracking, getTrackingUrl };

export const option: INodePropertyOptions = { name: 'Parcel', value: 'parcel' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['parcel'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				description: 'Cancel the label of a parcel that has not been scanned yet',
				action: 'Cancel a parcel',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Buy a shipping label for a parcel',
				action: 'Create a parcel',
			},
			{
				name: 'Create Bulk Job',
				value: 'createBulkJob',
				description: 'Buy labels for many parcels at once, optionally waiting for the labels',
				action: 'Create a bulk parcel job',
			},
			{ name: 'Get', value: 'get', description: 'Get a parcel', action: 'Get a parcel' },
			{
				name: 'Get Bulk Job',
				value: 'getBulkJob',
				description: 'Get the status, parcels and labels of a bulk parcel job',
				action: 'Get a bulk parcel job',
			},
			{
				name: 'Get Quote',
				value: 'getQuote',
				description: 'Get the price of a label before buying it',
				action: 'Get a parcel quote',
			},
			{
				name: 'Get Tracking',
				value: 'getTracking',
				description: 'Get the tracking of a parcel by parcel ID or tracking code',
				action: 'Get the tracking of a parcel',
			},
			{
				name: 'Get Tracking URL',
				value: 'getTrackingUrl',
				description: 'Get the public tracking page of a parcel',
				action: 'Get the tracking URL of a parcel',
			},
		],
		default: 'create',
	},
	...create.description,
	...cancel.description,
	...createBulkJob.description,
	...get.description,
	...getBulkJob.description,
	...getQuote.description,
	...getTracking.description,
	...getTrackingUrl.description,
];
