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
import {
	COMPANY_ID_TARGET,
	idOrRefFields,
	type IdOrRefChoice,
} from '../../descriptions/objects.description';
import { readIdOrRef } from '../../helpers/idOrRef';
import { parseAddress, parseVatNumbers } from '../../helpers/network';
import { assignDefined, collectionValues, textParameter } from '../../helpers/parameters';
import { optionalText } from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const PARENT_COMPANY: IdOrRefChoice = {
	by: { name: 'parentCompanyBy', displayName: 'Parent Company By' },
	noun: 'parent company',
	target: COMPANY_ID_TARGET,
	locatorDescription: "The entity's parent company",
	ref: {
		name: 'companyRef',
		displayName: 'Company Ref',
		placeholder: 'e.g. zoomit',
		description: "Ref of the entity's parent company",
	},
};

const properties: INodeProperties[] = [
	nameField('e.g. Zoomit Inc.', 'Legal name of the new company entity'),
	...idOrRefFields(PARENT_COMPANY),
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
	const parent = readIdOrRef(this, PARENT_COMPANY, itemIndex);
	if ('id' in parent) body.company_id = parent.id;
	else body.company_ref = parent.ref;
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
