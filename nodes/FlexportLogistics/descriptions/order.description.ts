/** Parameter shapes of orders: the shipping address, line items and the optional order fields. */
import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, rowsInput, skuQuantityValues } from './common.description';

const addressValue = (
	displayName: string,
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', ...extra });

/** AddressInput: address1, city and countryCode are required. */
export const shippingAddress: INodeProperties = {
	displayName: 'Shipping Address',
	name: 'shippingAddress',
	type: 'fixedCollection',
	placeholder: 'Add Address',
	default: {},
	required: true,
	description: 'Where the order is shipped to',
	options: [
		{
			displayName: 'Address',
			name: 'address',
			values: [
				addressValue('Name', 'name', { placeholder: 'e.g. Jane Doe' }),
				addressValue('Company', 'company'),
				addressValue('Address Line 1', 'address1', {
					required: true,
					placeholder: 'e.g. 123 Main St',
				}),
				addressValue('Address Line 2', 'address2'),
				addressValue('City', 'city', { required: true, placeholder: 'e.g. Atlanta' }),
				addressValue('Province Code', 'provinceCode', {
					placeholder: 'e.g. GA',
					description: 'State or region; for the US the 2-letter state code',
				}),
				addressValue('ZIP', 'zip', { placeholder: 'e.g. 30318' }),
				addressValue('Country Code', 'countryCode', {
					required: true,
					placeholder: 'e.g. US',
					description: 'Two-letter country code such as US, CA or MX',
				}),
				addressValue('Phone', 'phone'),
			],
		},
	],
};

export const LINE_ITEMS_EXAMPLE = JSON.stringify(
	[{ logisticsSku: 'DAB12CD34EF', quantity: 1 }],
	null,
	2,
);

export const lineItems = rowsInput({
	name: 'lineItems',
	displayName: 'Line Items',
	rowName: 'item',
	rowDisplayName: 'Line Item',
	example: LINE_ITEMS_EXAMPLE,
	description:
		'The products to ship: each with its Logistics SKU (DSKU) and quantity, optionally a customs unit value',
	values: [
		...skuQuantityValues('logisticsSku'),
		{
			displayName: 'Customs Unit Value',
			name: 'customsUnitValue',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Value of one unit for customs (international orders); 0 leaves it out',
		},
		{
			displayName: 'Customs Currency',
			name: 'customsCurrency',
			type: 'string',
			default: 'USD',
			description: 'Currency of the customs unit value',
		},
	],
});

export const orderAdditionalFields: INodeProperties = fieldsCollection('Additional Fields', [
	{
		displayName: 'Delivery Days',
		name: 'deliveryDays',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 5,
		description:
			'Days from the ship date to the promised delivery, used when no Promised Delivery By is given',
	},
	{
		displayName: 'Duties (JSON)',
		name: 'duties',
		type: 'json',
		default:
			'{\n  "merchantOfRecordProvider": "GLOBALE",\n  "merchantOfRecordAccountId": "",\n  "merchantOfRecordOrderId": ""\n}',
		description: 'Merchant-of-record details (Global-E, Markets Pro) for duties-paid orders',
	},
	{
		displayName: 'Is Subscription Order',
		name: 'isSubscriptionOrder',
		type: 'boolean',
		default: false,
	},
	{
		displayName: 'Promised Delivery By',
		name: 'promisedDeliveryByTime',
		type: 'dateTime',
		default: '',
		description: 'The delivery date promised to the buyer; becomes the delivery SLA',
	},
	{
		displayName: 'Promised Ship By',
		name: 'promisedShipByTime',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Ship Method',
		name: 'shipMethod',
		type: 'string',
		default: '',
		placeholder: 'e.g. standard',
		description:
			'Mapped by Flexport to a delivery speed when neither Promised Delivery By nor Delivery Days is set',
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'string',
		default: '',
		placeholder: 'e.g. SHOPIFY',
		description:
			'The system the order comes from (SHOPIFY, AMAZON, WEBSITE, WALMART …); some marketplaces restrict carriers',
	},
]);
