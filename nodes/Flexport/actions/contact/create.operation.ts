import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	fieldsCollection,
	nameField,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { assignDefined, collectionValues, textParameter } from '../../helpers/parameters';
import { requireEmail, requireTokenId } from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	nameField('e.g. John Smith', 'Name of the contact'),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'name@email.com',
		description: 'Email address of the contact',
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +1-861-555-5555',
		description: 'Phone number of the contact',
	},
	fieldsCollection('Additional Fields', [
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2UXaj4xcHoW8nwh9UVOMpw',
			description:
				"ID of the contact's company. Without it the contact is created for your own company.",
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fields = collectionValues(this, 'additionalFields', itemIndex);
	const body = assignDefined(
		{
			name: textParameter(this, 'name', 'Name', itemIndex),
			email: requireEmail(this, this.getNodeParameter('email', itemIndex, ''), 'Email', itemIndex),
			phone_number: textParameter(this, 'phoneNumber', 'Phone Number', itemIndex, 100),
		},
		{
			company_id: fields.companyId
				? requireTokenId(this, fields.companyId, 'Additional Fields → Company ID', itemIndex)
				: undefined,
		},
	);
	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.contact.path, body);
}
