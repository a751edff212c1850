import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { LOCATORS } from '../../descriptions/objects.description';
import { assignDefined } from '../../helpers/parameters';
import { optionalText, requireEmail } from '../../helpers/values';
import { updateOperation } from '../../steps/operations';

const UPDATE_FIELDS: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		default: '',
		placeholder: 'name@email.com',
		description: 'New email address',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'New name of the contact',
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		description: 'New phone number',
	},
];

function toBody(context: IExecuteFunctions, fields: IDataObject, itemIndex: number): IDataObject {
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, 'Update Fields → Name', itemIndex),
			email: fields.email
				? requireEmail(context, fields.email, 'Update Fields → Email', itemIndex)
				: undefined,
			phone_number: optionalText(
				context,
				fields.phoneNumber,
				'Update Fields → Phone Number',
				itemIndex,
				100,
			),
		},
	);
}

export const { description, execute } = updateOperation(
	'contact',
	LOCATORS.contact,
	UPDATE_FIELDS,
	toBody,
);
