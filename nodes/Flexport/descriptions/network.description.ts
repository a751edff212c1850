/** Network parameter shapes: addresses and the location fields of Create and Update. */
import type { INodeProperties } from 'n8n-workflow';

import { metadataField } from './common.description';
import { ADDRESS_FIELDS } from './enums';

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
		description: `Fields: ${ADDRESS_FIELDS.map((field) => (field === 'street_address' ? `${field} (required)` : field)).join(', ')}`,
		...extra,
	};
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
	metadataField({
		example: { key: 'color', value: 'blue' },
		note: 'On update they replace the current metadata.',
	}),
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
