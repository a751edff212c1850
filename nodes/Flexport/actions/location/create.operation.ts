import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { ADDRESS_EXAMPLE, locationFieldsToBody, LOCATION_FIELD_OPTIONS, textParameter, writeObject, collectionValues, parseAddress } from '../../helpers/network';
import { requireTokenId, updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder: 'e.g. Los Angeles Warehouse', description: 'Name of the location' },
	{
		displayName: 'Company ID',
		name: 'companyId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2UXaj4xcHoW8nwh9UVOMpw',
		description: 'ID of the company the location belongs to',
	},
	{
		displayName: 'Address (JSON)',
		name: 'address',
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
		options: LOCATION_FIELD_OPTIONS.filter((option) => option.name !== 'address' && option.name !== 'name'),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['location'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const body: IDataObject = {
		name: textParameter(this, 'name', 'Name', i),
		company_id: requireTokenId(this, this.getNodeParameter('companyId', i, ''), 'Company ID', i),
		address: parseAddress(this, this.getNodeParameter('address', i), 'Address (JSON)', i),
	};
	Object.assign(body, locationFieldsToBody(this, collectionValues(this, 'additionalFields', i), 'Additional Fields', i));
	return await writeObject.call(this, i, 'POST', '/network/locations', body);
}
