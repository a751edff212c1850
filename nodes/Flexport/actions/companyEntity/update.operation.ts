import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { addressField } from '../../descriptions/network.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { parseAddress, parseVatNumbers } from '../../helpers/network';
import {
	assignDefined,
	collectionValues,
	requireSomeFields,
	targetId,
} from '../../helpers/parameters';
import { optionalText } from '../../helpers/values';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.companyEntity),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			addressField('mailingAddress', 'Mailing Address (JSON)', {
				default: '{\n  "street_address": ""\n}',
			}),
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New legal name of the entity',
			},
			{
				displayName: 'Ref',
				name: 'ref',
				type: 'string',
				default: '',
				description: 'New reference for the entity',
			},
			{
				displayName: 'VAT Numbers (JSON)',
				name: 'vatNumbers',
				type: 'json',
				default: '[\n  { "country_code": "GB", "number": "GB 123456789" }\n]',
				description: 'List of {country_code, number}; replaces all existing VAT numbers',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['companyEntity'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, LOCATORS.companyEntity, itemIndex);
	const fields = collectionValues(this, 'updateFields', itemIndex);
	const body = assignDefined(
		{},
		{
			name: optionalText(this, fields.name, 'Update Fields → Name', itemIndex),
			ref: optionalText(this, fields.ref, 'Update Fields → Ref', itemIndex),
			mailing_address:
				fields.mailingAddress === undefined
					? undefined
					: parseAddress(
							this,
							fields.mailingAddress,
							'Update Fields → Mailing Address (JSON)',
							itemIndex,
						),
			vat_numbers:
				fields.vatNumbers === undefined
					? undefined
					: parseVatNumbers(
							this,
							fields.vatNumbers,
							'Update Fields → VAT Numbers (JSON)',
							itemIndex,
						),
		},
	);
	requireSomeFields(this, body, 'Update Fields', itemIndex);
	return await writeObject.call(
		this,
		itemIndex,
		'PATCH',
		`${LOCATORS.companyEntity.path}/${id}`,
		body,
	);
}
