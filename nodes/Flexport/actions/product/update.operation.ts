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

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = targetId(this, TARGETS.product, i);
	const body = requireSomeFields(
		this,
		productFieldsToBody(this, collectionValues(this, 'updateFields', i), 'Update Fields', i),
		'Update Fields',
		i,
	);
	return await writeObject.call(this, i, 'PATCH', `${TARGETS.product.path}/${id}`, body);
}
