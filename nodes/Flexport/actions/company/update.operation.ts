import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { LOCATORS } from '../../descriptions/objects.description';
import { assignDefined } from '../../helpers/parameters';
import { optionalText } from '../../helpers/values';
import { updateOperation } from '../../steps/operations';

const UPDATE_FIELDS: INodeProperties[] = [
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
];

function toBody(context: IExecuteFunctions, fields: IDataObject, itemIndex: number): IDataObject {
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, 'Update Fields → Name', itemIndex),
			ref: optionalText(context, fields.ref, 'Update Fields → Ref', itemIndex),
		},
	);
}

export const { description, execute } = updateOperation(
	'company',
	LOCATORS.company,
	UPDATE_FIELDS,
	toBody,
);
