import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	fieldsCollection,
	nameField,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { addressField } from '../../descriptions/network.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { parseAddress, parseVatNumbers } from '../../helpers/network';
import { assignDefined, collectionValues, targetId, textParameter } from '../../helpers/parameters';
import { optionalText, requireOneOf } from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const COMPANY = { ...LOCATORS.company, displayName: 'Company ID' };

const properties: INodeProperties[] = [
	nameField('e.g. Zoomit Inc.', 'Legal name of the new company entity'),
	{
		displayName: 'Parent Company By',
		name: 'parentCompanyBy',
		type: 'options',
		options: [
			{ name: 'ID', value: 'id', description: 'Identify the parent company by its Flexport ID' },
			{ name: 'Ref', value: 'ref', description: 'Identify the parent company by your ref for it' },
		],
		default: 'id',
	},
	{
		...objectLocator(COMPANY),
		description: "The entity's parent company",
		displayOptions: { show: { parentCompanyBy: ['id'] } },
	},
	{
		displayName: 'Company Ref',
		name: 'companyRef',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. zoomit',
		description: "Ref of the entity's parent company",
		displayOptions: { show: { parentCompanyBy: ['ref'] } },
	},
	addressField('mailingAddress', 'Mailing Address (JSON)', { required: true }),
	fieldsCollection('Additional Fields', [
		{
			displayName: 'Ref',
			name: 'ref',
			type: 'string',
			default: '',
			description: 'Your own reference for the new entity',
		},
		{
			displayName: 'VAT Numbers (JSON)',
			name: 'vatNumbers',
			type: 'json',
			default: '[\n  { "country_code": "GB", "number": "GB 123456789" }\n]',
			description: 'List of {country_code, number}',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['companyEntity'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body: IDataObject = { name: textParameter(this, 'name', 'Name', itemIndex) };
	const parentBy = requireOneOf(
		this,
		this.getNodeParameter('parentCompanyBy', itemIndex, 'id'),
		['id', 'ref'],
		'Parent Company By',
		itemIndex,
	);
	if (parentBy === 'id') body.company_id = targetId(this, COMPANY, itemIndex);
	else body.company_ref = textParameter(this, 'companyRef', 'Company Ref', itemIndex);
	body.mailing_address = parseAddress(
		this,
		this.getNodeParameter('mailingAddress', itemIndex),
		'Mailing Address (JSON)',
		itemIndex,
	);
	const fields = collectionValues(this, 'additionalFields', itemIndex);
	assignDefined(body, {
		ref: optionalText(this, fields.ref, 'Additional Fields → Ref', itemIndex),
		vat_numbers:
			fields.vatNumbers === undefined
				? undefined
				: parseVatNumbers(
						this,
						fields.vatNumbers,
						'Additional Fields → VAT Numbers (JSON)',
						itemIndex,
					),
	});
	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.companyEntity.path, body);
}
