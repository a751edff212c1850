import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	assignDefined,
	collectionValues,
	objectLocator,
	optionalText,
	parseAddress,
	parseVatNumbers,
	requireSomeFields,
	TARGETS,
	targetId,
	writeObject,
} from '../../helpers/network';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	objectLocator(TARGETS.companyEntity),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Mailing Address (JSON)',
				name: 'mailingAddress',
				type: 'json',
				default: '{\n  "street_address": ""\n}',
				description: 'Fields: street_address (required), street_address2, city, state, country_code, zip, unlocode',
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'New legal name of the entity' },
			{ displayName: 'Ref', name: 'ref', type: 'string', default: '', description: 'New reference for the entity' },
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

export const description = updateDisplayOptions({ show: { resource: ['companyEntity'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = targetId(this, TARGETS.companyEntity, i);
	const fields = collectionValues(this, 'updateFields', i);
	const body = assignDefined(
		{},
		{
			name: optionalText(this, fields.name, 'Update Fields → Name', i),
			ref: optionalText(this, fields.ref, 'Update Fields → Ref', i),
			mailing_address: fields.mailingAddress === undefined ? undefined : parseAddress(this, fields.mailingAddress, 'Update Fields → Mailing Address (JSON)', i),
			vat_numbers: fields.vatNumbers === undefined ? undefined : parseVatNumbers(this, fields.vatNumbers, 'Update Fields → VAT Numbers (JSON)', i),
		},
	);
	requireSomeFields(this, body, 'Update Fields', i);
	return await writeObject.call(this, i, 'PATCH', `${TARGETS.companyEntity.path}/${id}`, body);
}
