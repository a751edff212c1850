import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FilterSpec } from '../../descriptions/filters.description';
import { productPropertiesField } from '../../descriptions/products.description';
import { keyValuePairs } from '../../helpers/json';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
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

/** Product Property Filters as `f.product_properties.TYPE` query keys. */
function propertyQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const query: IDataObject = {};
	const pairs = keyValuePairs(
		context,
		context.getNodeParameter('productPropertyFilters', itemIndex, {}),
		'Product Property Filters',
		itemIndex,
		'property',
		{ key: 'type', value: 'value' },
	);
	for (const [type, value] of pairs) query[`f.product_properties.${type}`] = value;
	return query;
}

export const { description, execute } = listOperation('product', FLEXPORT_OBJECTS.product, {
	filters,
	extraProperties: [
		productPropertiesField(
			'productPropertyFilters',
			'Product Property Filters',
			'Add Property Filter',
			'Match products whose custom property of this type has this value; sent as f.product_properties.TYPE',
		),
	],
	extraQuery: propertyQuery,
});
