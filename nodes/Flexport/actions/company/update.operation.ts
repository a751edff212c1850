import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import {
	assignDefined,
	collectionValues,
	requireSomeFields,
	targetId,
} from '../../helpers/parameters';
import { optionalText } from '../../helpers/values';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.company),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New name of the company',
			},
			{
				displayName: 'Ref',
				name: 'ref',
				type: 'string',
				default: '',
				description: 'New reference for the company',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, LOCATORS.company, itemIndex);
	const fields = collectionValues(this, 'updateFields', itemIndex);
	const body = requireSomeFields(
		this,
		assignDefined(
			{},
			{
				name: optionalText(this, fields.name, 'Update Fields → Name', itemIndex),
				ref: optionalText(this, fields.ref, 'Update Fields → Ref', itemIndex),
			},
		),
		'Update Fields',
		itemIndex,
	);
	return await writeObject.call(this, itemIndex, 'PATCH', `${LOCATORS.company.path}/${id}`, body);
}
