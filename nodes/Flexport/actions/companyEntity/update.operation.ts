import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { addressField } from '../../descriptions/network.description';
import { LOCATORS } from '../../descriptions/objects.description';
import { parseAddress, parseVatNumbers } from '../../helpers/network';
import { assignDefined } from '../../helpers/parameters';
import { optionalText } from '../../helpers/values';
import { updateOperation } from '../../steps/operations';

const UPDATE_FIELDS: INodeProperties[] = [
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
];

function toBody(context: IExecuteFunctions, fields: IDataObject, itemIndex: number): IDataObject {
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, 'Update Fields → Name', itemIndex),
			ref: optionalText(context, fields.ref, 'Update Fields → Ref', itemIndex),
			mailing_address:
				fields.mailingAddress === undefined
					? undefined
					: parseAddress(
							context,
							fields.mailingAddress,
							'Update Fields → Mailing Address (JSON)',
							itemIndex,
						),
			vat_numbers:
				fields.vatNumbers === undefined
					? undefined
					: parseVatNumbers(
							context,
							fields.vatNumbers,
							'Update Fields → VAT Numbers (JSON)',
							itemIndex,
						),
		},
	);
}

export const { description, execute } = updateOperation(
	'companyEntity',
	LOCATORS.companyEntity,
	UPDATE_FIELDS,
	toBody,
);
