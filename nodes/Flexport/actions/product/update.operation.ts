import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { collectionValues, requireSomeFields } from '../../helpers/fields';
import { objectLocator, targetId, TARGETS, writeObject } from '../../helpers/objects';
import { PRODUCT_FIELD_OPTIONS, productFieldsToBody } from '../../helpers/products';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	objectLocator(TARGETS.product),
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
	const id = targetId(this, TARGETS.product, itemIndex);
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
	return await writeObject.call(this, itemIndex, 'PATCH', `${TARGETS.product.path}/${id}`, body);
}
