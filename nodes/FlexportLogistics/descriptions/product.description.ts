/** Parameter shapes of products and inventory: dimensions, customs information, inventory pool. */
import type { INodeProperties } from 'n8n-workflow';

export const WEIGHT_UNITS = ['oz', 'lb', 'g', 'kg'] as const;
export const LENGTH_UNITS = ['in', 'cm', 'mm', 'm'] as const;
/** InventoryPool: STORAGE holds the reserve storage quantities. */
export const INVENTORY_POOLS = ['DEFAULT', 'UNALLOCATED', 'STORAGE', 'PREP'] as const;

const number = (displayName: string, name: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
});

const units = (displayName: string, name: string, values: readonly string[]): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: values.map((value) => ({ name: value, value })),
	default: String(values[0]),
});

/** Dimension: all six values are required when dimensions are given. */
export const dimensionsField: INodeProperties = {
	displayName: 'Dimensions',
	name: 'dimensions',
	type: 'fixedCollection',
	placeholder: 'Add Dimensions',
	default: {},
	description: 'Size and weight of one unit of the product by itself',
	options: [
		{
			displayName: 'Dimensions',
			name: 'value',
			values: [
				number('Length', 'length'),
				number('Width', 'width'),
				number('Height', 'height'),
				units('Length Unit', 'lengthUnit', LENGTH_UNITS),
				number('Weight', 'weight'),
				units('Weight Unit', 'weightUnit', WEIGHT_UNITS),
			],
		},
	],
};

/** CustomsInput: needed only for international shipping; all four values are required then. */
export const customsField: INodeProperties = {
	displayName: 'Customs Information',
	name: 'customsInformation',
	type: 'fixedCollection',
	placeholder: 'Add Customs Information',
	default: {},
	description: 'Needed only for international shipping',
	options: [
		{
			displayName: 'Customs Information',
			name: 'value',
			values: [
				{
					displayName: 'Origin Country',
					name: 'originCountry',
					type: 'string',
					default: '',
					placeholder: 'e.g. CN',
					description: "Two-letter code of the product's country of origin",
				},
				{
					displayName: 'Tariff Code',
					name: 'tariffCode',
					type: 'string',
					default: '',
					placeholder: 'e.g. 8504409550',
					description: 'Harmonized tariff code, 10 digits',
				},
				{
					displayName: 'Customs Value',
					name: 'customsValue',
					type: 'number',
					typeOptions: { minValue: 0.01, numberPrecision: 2 },
					default: 1,
					description: 'Value of one unit in USD for the customs declaration',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					description: 'What the product is made of and used for',
				},
			],
		},
	],
};

export const poolOption: INodeProperties = {
	displayName: 'Inventory Pool',
	name: 'poolName',
	type: 'options',
	options: [
		{ name: 'Default', value: 'DEFAULT' },
		{ name: 'Prep', value: 'PREP' },
		{ name: 'Storage (Reserve)', value: 'STORAGE' },
		{ name: 'Unallocated', value: 'UNALLOCATED' },
	],
	default: 'DEFAULT',
	description: 'Which inventory pool to count; Storage gives the reserve storage quantities',
};
