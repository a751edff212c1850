import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	assignDefined,
	collectionValues,
	optionalText,
	requireSomeFields,
} from '../../helpers/fields';
import { objectLocator, targetId, TARGETS, writeObject } from '../../helpers/objects';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	objectLocator(TARGETS.company),
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

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = targetId(this, TARGETS.company, i);
	const fields = collectionValues(this, 'updateFields', i);
	const body = requireSomeFields(
		this,
		assignDefined(
			{},
			{
				name: optionalText(this, fields.name, 'Update Fields → Name', i),
				ref: optionalText(this, fields.ref, 'Update Fields → Ref', i),
			},
		),
		'Update Fields',
		i,
	);
	return await writeObject.call(this, i, 'PATCH', `${TARGETS.company.path}/${id}`, body);
}
