import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { LOCATION_FIELD_OPTIONS } from '../../descriptions/network.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { locationFieldsToBody } from '../../helpers/network';
import { collectionValues, requireSomeFields, targetId } from '../../helpers/parameters';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.location),
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
	const id = targetId(this, LOCATORS.location, itemIndex);
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
	return await writeObject.call(this, itemIndex, 'PATCH', `${LOCATORS.location.path}/${id}`, body);
}
