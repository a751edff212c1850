/** Flexport network bodies: addresses, VAT numbers and the location fields of Create and Update. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assignDefined, optionalText, parseObjectList, parseTokenList } from './fields';
import { failParameter, parseJsonParameter, parseMetadata } from './utils';

const ADDRESS_FIELDS = [
	'street_address',
	'street_address2',
	'city',
	'state',
	'country_code',
	'zip',
	'unlocode',
];

const ADDRESS_EXAMPLE = JSON.stringify(
	{
		street_address: '1641 Settlers Lane',
		street_address2: 'STE 2918',
		city: 'Albany',
		state: 'MN',
		country_code: 'US',
		zip: '56307',
	},
	null,
	2,
);

/** A JSON address parameter (AddressForRequestBody), prefilled with an example. */
export function addressField(
	name: string,
	displayName: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'json',
		default: ADDRESS_EXAMPLE,
		description:
			'Fields: street_address (required), street_address2, city, state, country_code, zip, unlocode',
		...extra,
	};
}

/** Flexport's AddressForRequestBody: street_address required, the other fields optional strings. */
export function parseAddress(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	const address = parseJsonParameter(context, value, field, itemIndex, 'object') as IDataObject;
	for (const [key, entry] of Object.entries(address)) {
		if (!ADDRESS_FIELDS.includes(key))
			failParameter(
				context,
				itemIndex,
				`"${field}": unknown address field "${key}" (allowed: ${ADDRESS_FIELDS.join(', ')})`,
			);
		if (typeof entry !== 'string')
			failParameter(context, itemIndex, `"${field}": "${key}" must be a string`);
	}
	if (typeof address.street_address !== 'string' || address.street_address.trim() === '') {
		failParameter(context, itemIndex, `"${field}": "street_address" is required`);
	}
	return address;
}

export function parseVatNumbers(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject[] {
	return parseObjectList(context, value, field, itemIndex, ['country_code', 'number']);
}

/** Optional location fields, shared by Create (Additional Fields) and Update (Update Fields). */
export const LOCATION_FIELD_OPTIONS: INodeProperties[] = [
	addressField('address', 'Address (JSON)'),
	{
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. YJZMrNUj8qdxW9yicazpVx, 398qehfiaiurh',
		description:
			'Comma-separated IDs of the contacts at this location. On update they replace the current contacts.',
	},
	{
		displayName: 'Metadata (JSON)',
		name: 'metadata',
		type: 'json',
		default: '{\n  "color": ["blue"]\n}',
		description: 'Tags as {"key": ["value", …]}. On update they replace the current metadata.',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Name of the location',
	},
	{
		displayName: 'Ref',
		name: 'ref',
		type: 'string',
		default: '',
		description: 'Your own reference for the location',
	},
];

export function locationFieldsToBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	collection: string,
	itemIndex: number,
): IDataObject {
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, `${collection} → Name`, itemIndex),
			address:
				fields.address === undefined
					? undefined
					: parseAddress(context, fields.address, `${collection} → Address (JSON)`, itemIndex),
			contact_ids:
				fields.contactIds === undefined
					? undefined
					: parseTokenList(context, fields.contactIds, `${collection} → Contact IDs`, itemIndex),
			ref: optionalText(context, fields.ref, `${collection} → Ref`, itemIndex),
			metadata:
				fields.metadata === undefined
					? undefined
					: parseMetadata(context, fields.metadata, `${collection} → Metadata (JSON)`, itemIndex),
		},
	);
}
