import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { assignDefined, collectionValues, optionalText, textParameter } from '../../helpers/fields';
import { addressField, parseAddress, parseVatNumbers } from '../../helpers/network';
import { objectLocator, targetId, TARGETS, writeObject } from '../../helpers/objects';
import { requireOneOf, updateDisplayOptions } from '../../helpers/utils';

const COMPANY = { ...TARGETS.company, displayName: 'Company ID' };

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Zoomit Inc.',
		description: 'Legal name of the new company entity',
	},
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
				description: 'Your own reference for the new entity',
			},
			{
				displayName: 'VAT Numbers (JSON)',
				name: 'vatNumbers',
				type: 'json',
				default: '[\n  { "country_code": "GB", "number": "GB 123456789" }\n]',
				description: 'List of {country_code, number}',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['companyEntity'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const body: IDataObject = { name: textParameter(this, 'name', 'Name', i) };
	const parentBy = requireOneOf(
		this,
		this.getNodeParameter('parentCompanyBy', i, 'id'),
		['id', 'ref'],
		'Parent Company By',
		i,
	);
	if (parentBy === 'id') body.company_id = targetId(this, COMPANY, i);
	else body.company_ref = textParameter(this, 'companyRef', 'Company Ref', i);
	body.mailing_address = parseAddress(
		this,
		this.getNodeParameter('mailingAddress', i),
		'Mailing Address (JSON)',
		i,
	);
	const fields = collectionValues(this, 'additionalFields', i);
	assignDefined(body, {
		ref: optionalText(this, fields.ref, 'Additional Fields → Ref', i),
		vat_numbers:
			fields.vatNumbers === undefined
				? undefined
				: parseVatNumbers(this, fields.vatNumbers, 'Additional Fields → VAT Numbers (JSON)', i),
	});
	return await writeObject.call(this, i, 'POST', '/network/company_entities', body);
}
