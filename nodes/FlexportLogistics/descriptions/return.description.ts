/** Parameter shapes of returns: the locator, the returned items, the label and the list filters. */
import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, filtersCollection, requiredText, rowsInput } from './common.description';
import { idLocator } from './locators.description';
import { deliverrAddressField } from './parcel.description';

/** ReturnOrderStatus of spec/flexport-logistics-api.yaml. */
export const RETURN_STATUSES = [
	'CREATED',
	'SHIPPED',
	'RECEIVED_FOR_PROCESSING',
	'PROCESSED',
	'CANCELLED',
] as const;

/** ReturnItemType: how a returned item is identified. */
export const RETURN_ITEM_TYPES = ['LOGISTICS_SKU', 'SKU'] as const;

export function returnLocator(description: string): INodeProperties {
	return idLocator('returnId', 'Return', 'returnId', description);
}

export const returnItemsInput = rowsInput({
	name: 'returnItems',
	displayName: 'Return Items',
	rowName: 'item',
	rowDisplayName: 'Item',
	example: JSON.stringify(
		[{ identifier: 'DAB12CD34EF', type: 'LOGISTICS_SKU', quantity: 1 }],
		null,
		2,
	),
	description:
		'The items coming back: each by Logistics SKU (or your merchant SKU, if the product has it) with its quantity',
	values: [
		requiredText(
			'Identifier',
			'identifier',
			'e.g. DAB12CD34EF',
			'The Logistics SKU or merchant SKU of the item',
		),
		{
			displayName: 'Identifier Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Logistics SKU', value: 'LOGISTICS_SKU' },
				{ name: 'Merchant SKU', value: 'SKU' },
			],
			default: 'LOGISTICS_SKU',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
		},
	],
});

const text = (displayName: string, name: string, extra: Partial<INodeProperties> = {}) =>
	({ displayName, name, type: 'string', default: '', ...extra }) as INodeProperties;

export const returnAdditionalFields: INodeProperties = fieldsCollection('Additional Fields', [
	{
		displayName: 'External Label',
		name: 'externalLabel',
		type: 'fixedCollection',
		placeholder: 'Add Label',
		default: {},
		description:
			'A return label you bought yourself; without one Flexport buys a label (then Source Address is required)',
		options: [
			{
				displayName: 'Label',
				name: 'label',
				values: [
					text('Carrier', 'carrier', { required: true, placeholder: 'e.g. USPS' }),
					text('Tracking Code', 'trackingCode', { required: true }),
					text('Tracking URL', 'trackingUrl'),
					text('Label URL', 'labelUrl'),
				],
			},
		],
	},
	text('Original Order ID', 'logisticsOrderId', {
		placeholder: 'e.g. 1234567',
		description: 'The Flexport order the items were shipped with, if known',
	}),
	deliverrAddressField(
		'sourceAddress',
		'Source Address',
		'Where the return is shipped from; required unless an External Label is given',
		false,
	),
]);

export const returnFilters: INodeProperties = filtersCollection([
	text('External Return ID', 'externalReturnId'),
	text('RMA', 'rma'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'multiOptions',
		options: RETURN_STATUSES.map((value) => ({
			name: value
				.toLowerCase()
				.replace(/_/g, ' ')
				.replace(/^./, (first) => first.toUpperCase()),
			value,
		})).sort((a, b) => a.name.localeCompare(b.name)),
		default: [],
		description: 'Only returns in one of these states',
	},
	text('Tracking Code', 'trackingCode'),
]);
