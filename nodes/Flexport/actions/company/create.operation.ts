import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { assignDefined, collectionValues, optionalText, textParameter } from '../../helpers/fields';
import { writeObject } from '../../helpers/objects';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Zoomit',
		description: 'Name of the company',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Ref',
				name: 'ref',
				type: 'string',
				default: '',
				description: 'Your own reference for the company',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const fields = collectionValues(this, 'additionalFields', i);
	const body = assignDefined(
		{ name: textParameter(this, 'name', 'Name', i) },
		{ ref: optionalText(this, fields.ref, 'Additional Fields → Ref', i) },
	);
	return await writeObject.call(this, i, 'POST', '/network/companies', body);
}
