/** Flexport network bodies: addresses, VAT numbers and the location fields of Create and Update. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { ADDRESS_FIELDS } from '../descriptions/enums';
import { parseMetadata, parseObject, parseObjectList, parseTokenList } from './json';
import { assignDefined } from './parameters';
import { failParameter, optionalText } from './values';

/** Flexport's AddressForRequestBody: street_address required, the other fields optional strings. */
export function parseAddress(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	const address = parseObject(context, value, field, itemIndex);
	for (const [key, entry] of Object.entries(address)) {
		if (!(ADDRESS_FIELDS as readonly string[]).includes(key))
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
