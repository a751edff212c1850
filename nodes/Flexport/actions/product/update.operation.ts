import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { PRODUCT_FIELD_OPTIONS } from '../../descriptions/products.description';
import { collectionValues, requireSomeFields, targetId } from '../../helpers/parameters';
import { productFieldsToBody } from '../../helpers/products';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.product),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: PRODUCT_FIELD_OPTIONS,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, LOCATORS.product, itemIndex);
	const body = requireSomeFields(
		this,
		productFieldsToBody(
			this,
			collectionValues(this, 'updateFields', itemIndex),
			'Update Fields',
			itemIndex,
		),
		'Update Fields',
		itemIndex,
	);
	return await writeObject.call(this, itemIndex, 'PATCH', `${LOCATORS.product.path}/${id}`, body);
}
