/** The product fields shared by Product → Create (Additional Fields) and Product → Update. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	assignDefined,
	keyValuePairs,
	optionalBoolean,
	optionalText,
	parseObjectList,
} from './fields';
import { failParameter } from './utils';

/** Type/value pairs of custom product properties: a product field, and a Get Many filter. */
export function productPropertiesField(
	name: string,
	displayName: string,
	placeholder: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder,
		default: {},
		description,
		options: [
			{
				displayName: 'Property',
				name: 'property',
				values: [
					{
						displayName: 'Type',
						name: 'type',
						type: 'string',
						default: '',
						placeholder: 'e.g. color',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. blue',
					},
				],
			},
		],
	};
}

/** Optional product fields; Update offers the required Create fields here too. */
export const PRODUCT_FIELD_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Classifications (JSON)',
		name: 'classifications',
		type: 'json',
		default: '[\n  { "codes": ["8518.30.20"], "region": "US" }\n]',
		description: 'List of {codes: [HS codes], region}; replaces the current classifications',
	},
	{
		displayName: 'Client Verified',
		name: 'clientVerified',
		type: 'boolean',
		default: false,
		description: 'Whether you have verified this product',
	},
	{
		displayName: 'Country of Origin',
		name: 'countryOfOrigin',
		type: 'string',
		default: '',
		placeholder: 'e.g. China',
		description: 'Country where the product is made',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Description of the product',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Name of the product',
	},
	{
		displayName: 'Product Category',
		name: 'productCategory',
		type: 'string',
		default: '',
		placeholder: 'e.g. Electronics',
		description: 'Category of the product',
	},
	productPropertiesField(
		'productProperties',
		'Product Properties',
		'Add Property',
		'Custom type/value pairs that describe the product',
	),
	{
		displayName: 'SKU',
		name: 'sku',
		type: 'string',
		default: '',
		description: 'SKU of the product',
	},
	{
		displayName: 'Suppliers (JSON)',
		name: 'suppliers',
		type: 'json',
		default: '[\n  { "ref": "FACTORY-123", "country_of_origin": "CN" }\n]',
		description:
			"List of supplier locations, each with country_of_origin and a ref (or the location's Flexport ID); replaces the current suppliers",
	},
];

export function productFieldsToBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	collection: string,
	itemIndex: number,
): IDataObject {
	const field = (name: string) => `${collection} → ${name}`;
	let classifications: IDataObject[] | undefined;
	if (fields.classifications !== undefined) {
		classifications = parseObjectList(
			context,
			fields.classifications,
			field('Classifications (JSON)'),
			itemIndex,
			['codes', 'region'],
		);
		classifications.forEach((entry, index) => {
			if (!Array.isArray(entry.codes))
				failParameter(
					context,
					itemIndex,
					`"${field('Classifications (JSON)')}": entry ${index + 1} needs "codes" as a list`,
				);
			entry.codes = entry.codes.map((code) => String(code));
		});
	}
	let suppliers: IDataObject[] | undefined;
	if (fields.suppliers !== undefined) {
		suppliers = parseObjectList(context, fields.suppliers, field('Suppliers (JSON)'), itemIndex, [
			'country_of_origin',
		]);
		suppliers.forEach((entry, index) => {
			if (entry.id === undefined && entry.ref === undefined)
				failParameter(
					context,
					itemIndex,
					`"${field('Suppliers (JSON)')}": entry ${index + 1} needs "id" or "ref"`,
				);
			if (entry.id !== undefined) entry.id = String(entry.id);
		});
	}
	const properties =
		fields.productProperties === undefined
			? undefined
			: keyValuePairs(
					context,
					fields.productProperties,
					field('Product Properties'),
					itemIndex,
					'property',
					{ key: 'type', value: 'value' },
				).map(([type, value]) => ({ type, value }));
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, field('Name'), itemIndex),
			sku: optionalText(context, fields.sku, field('SKU'), itemIndex),
			description: optionalText(
				context,
				fields.description,
				field('Description'),
				itemIndex,
				10_000,
			),
			product_category: optionalText(
				context,
				fields.productCategory,
				field('Product Category'),
				itemIndex,
			),
			country_of_origin: optionalText(
				context,
				fields.countryOfOrigin,
				field('Country of Origin'),
				itemIndex,
			),
			client_verified: optionalBoolean(
				context,
				fields.clientVerified,
				field('Client Verified'),
				itemIndex,
			),
			product_properties: properties,
			classifications,
			suppliers,
		},
	);
}
