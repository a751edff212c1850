import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	fieldsCollection,
	nameField,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { assignDefined, collectionValues, textParameter } from '../../helpers/parameters';
import { optionalText } from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	nameField('e.g. Zoomit', 'Name of the company'),
	fieldsCollection('Additional Fields', [
		{
			displayName: 'Ref',
			name: 'ref',
			type: 'string',
			default: '',
			description: 'Your own reference for the company',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fields = collectionValues(this, 'additionalFields', itemIndex);
	const body = assignDefined(
		{ name: textParameter(this, 'name', 'Name', itemIndex) },
		{ ref: optionalText(this, fields.ref, 'Additional Fields → Ref', itemIndex) },
	);
	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.company.path, body);
}
