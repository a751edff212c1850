import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	ADDRESS_EXAMPLE,
	assignDefined,
	collectionValues,
	optionalText,
	parseAddress,
	parseVatNumbers,
	textParameter,
	writeObject,
} from '../../helpers/network';
import { requireOneOf, requireTokenId, updateDisplayOptions } from '../../helpers/utils';

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
		displayName: 'Company ID',
		name: 'companyId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2UXaj4xcHoW8nwh9UVOMpw',
		description: 'ID of the entity\'s parent company',
		displayOptions: { show: { parentCompanyBy: ['id'] } },
	},
	{
		displayName: 'Company Ref',
		name: 'companyRef',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. zoomit',
		description: 'Ref of the entity\'s parent company',
		displayOptions: { show: { parentCompanyBy: ['ref'] } },
	},
	{
		displayName: 'Mailing Address (JSON)',
		name: 'mailingAddress',
		type: 'json',
		default: ADDRESS_EXAMPLE,
		required: true,
		description: 'Fields: street_address (required), street_address2, city, state, country_code, zip, unlocode',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Ref', name: 'ref', type: 'string', default: '', description: 'Your own reference for the new entity' },
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

export const description = updateDisplayOptions({ show: { resource: ['companyEntity'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const body: IDataObject = { name: textParameter(this, 'name', 'Name', i) };
	const parentBy = requireOneOf(this, this.getNodeParameter('parentCompanyBy', i, 'id'), ['id', 'ref'], 'Parent Company By', i);
	if (parentBy === 'id') body.company_id = requireTokenId(this, this.getNodeParameter('companyId', i, ''), 'Company ID', i);
	else body.company_ref = textParameter(this, 'companyRef', 'Company Ref', i);
	body.mailing_address = parseAddress(this, this.getNodeParameter('mailingAddress', i), 'Mailing Address (JSON)', i);
	const fields = collectionValues(this, 'additionalFields', i);
	assignDefined(body, {
		ref: optionalText(this, fields.ref, 'Additional Fields → Ref', i),
		vat_numbers: fields.vatNumbers === undefined ? undefined : parseVatNumbers(this, fields.vatNumbers, 'Additional Fields → VAT Numbers (JSON)', i),
	});
	return await writeObject.call(this, i, 'POST', '/network/company_entities', body);
}
