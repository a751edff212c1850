import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	returnAllAndLimit,
	simplify,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { filtersCollection, type FilterSpec } from '../../descriptions/filters.description';
import { productPropertiesField } from '../../descriptions/products.description';
import { keyValuePairs } from '../../helpers/json';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listRecords } from '../../steps/list';

export const filters: FilterSpec[] = [
	{ name: 'sku', displayName: 'SKU', query: 'f.sku', kind: 'string' },
	{
		name: 'archived',
		displayName: 'Archived',
		query: 'f.archived_at.exists',
		kind: 'boolean',
		description:
			'Whether to return only archived products (on) or only products that are not archived (off)',
	},
];

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection(filters),
	productPropertiesField(
		'productPropertyFilters',
		'Product Property Filters',
		'Add Property Filter',
		'Match products whose custom property of this type has this value; sent as f.product_properties.TYPE',
	),
	simplify,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const query: IDataObject = {};
	const pairs = keyValuePairs(
		this,
		this.getNodeParameter('productPropertyFilters', itemIndex, {}),
		'Product Property Filters',
		itemIndex,
		'property',
		{
			key: 'type',
			value: 'value',
		},
	);
	for (const [type, value] of pairs) query[`f.product_properties.${type}`] = value;
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.product, { filters, query });
}
