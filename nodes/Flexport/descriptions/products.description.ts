/** Product parameter shapes: the product fields of Create and Update, and custom properties. */
import type { INodeProperties } from 'n8n-workflow';

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
