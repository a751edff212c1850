import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	fieldsCollection,
	nameField,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { PRODUCT_FIELD_OPTIONS } from '../../descriptions/products.description';
import { collectionValues, textParameter } from '../../helpers/parameters';
import { productFieldsToBody } from '../../helpers/products';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const REQUIRED = ['name', 'sku', 'productCategory', 'countryOfOrigin'];

const properties: INodeProperties[] = [
	nameField('e.g. AC Adapter 12V', 'Name of the product'),
	{
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. WDVCDFD-RM00472',
		description: 'SKU of the product, unique in your account',
	},
	{
		displayName: 'Product Category',
		name: 'productCategory',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Electronics',
		description: 'Category of the product',
	},
	{
		displayName: 'Country of Origin',
		name: 'countryOfOrigin',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. China',
		description: 'Country where the product is made',
	},
	fieldsCollection(
		'Additional Fields',
		PRODUCT_FIELD_OPTIONS.filter((option) => !REQUIRED.includes(option.name)),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = {
		name: textParameter(this, 'name', 'Name', itemIndex),
		sku: textParameter(this, 'sku', 'SKU', itemIndex),
		product_category: textParameter(this, 'productCategory', 'Product Category', itemIndex),
		country_of_origin: textParameter(this, 'countryOfOrigin', 'Country of Origin', itemIndex),
		...productFieldsToBody(
			this,
			collectionValues(this, 'additionalFields', itemIndex),
			'Additional Fields',
			itemIndex,
		),
	};
	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.product.path, body);
}
