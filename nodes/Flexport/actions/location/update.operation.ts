import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { collectionValues, requireSomeFields } from '../../helpers/fields';
import { LOCATION_FIELD_OPTIONS, locationFieldsToBody } from '../../helpers/network';
import { objectLocator, targetId, TARGETS, writeObject } from '../../helpers/objects';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	objectLocator(TARGETS.location),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: LOCATION_FIELD_OPTIONS,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['location'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, TARGETS.location, itemIndex);
	const body = requireSomeFields(
		this,
		locationFieldsToBody(
			this,
			collectionValues(this, 'updateFields', itemIndex),
			'Update Fields',
			itemIndex,
		),
		'Update Fields',
		itemIndex,
	);
	return await writeObject.call(this, itemIndex, 'PATCH', `${TARGETS.location.path}/${id}`, body);
}
