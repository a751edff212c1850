import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import {
	assignDefined,
	collectionValues,
	requireSomeFields,
	targetId,
} from '../../helpers/parameters';
import { optionalText, requireEmail } from '../../helpers/values';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.contact),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
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
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, LOCATORS.contact, itemIndex);
	const fields = collectionValues(this, 'updateFields', itemIndex);
	const body = assignDefined(
		{},
		{
			name: optionalText(this, fields.name, 'Update Fields → Name', itemIndex),
			email: fields.email
				? requireEmail(this, fields.email, 'Update Fields → Email', itemIndex)
				: undefined,
			phone_number: optionalText(
				this,
				fields.phoneNumber,
				'Update Fields → Phone Number',
				itemIndex,
				100,
			),
		},
	);
	requireSomeFields(this, body, 'Update Fields', itemIndex);
	return await writeObject.call(this, itemIndex, 'PATCH', `${LOCATORS.contact.path}/${id}`, body);
}
