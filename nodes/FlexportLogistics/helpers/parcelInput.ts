/**
 * Bodies of the parcel operations (CreateParcelRequestUnstable, CreateQuoteRequest,
 * BulkParcelJobRequest), checked field by field before sending: typed fields for a single
 * parcel, a JSON array (each entry checked the same way) for a bulk job.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseObjectList } from '../../shared/readers/json';
import { collectionValues, textParameter } from '../../shared/readers/parameters';
import {
	failParameter,
	isEmpty,
	normalizeDateTime,
	optionalBoolean,
	optionalText,
	requireBoolean,
	shown,
} from '../../shared/readers/values';
import { readTextFields, type TextField } from './inboundFields';
import { readDimensions } from './productInput';

/** DeliverrAddress: body key, label, required, maximum length. */
const ADDRESS_FIELDS: TextField[] = [
	['name', 'Name', true, 255],
	['company', 'Company', false, 255],
	['street1', 'Street 1', true, 255],
	['street2', 'Street 2', false, 255],
	['city', 'City', true, 255],
	['state', 'State', true, 100],
	['zip', 'ZIP', true, 20],
	['country', 'Country', true, 60],
	['phone', 'Phone', false, 50],
	['email', 'Email', false, 320],
];

/** Flat optional fields of a parcel request: body key → label of the typed field. */
const TEXT_FIELDS: Record<string, [label: string, max: number]> = {
	customerParcelId: ['Customer Parcel ID', 255],
	serviceLevel: ['Service Level', 100],
	injectionLocation: ['Injection Location', 100],
	customerCustomField: ['Customer Custom Field', 255],
	marketplace: ['Marketplace', 100],
	labelFormat: ['Label Format', 20],
};
const BOOLEAN_FIELDS: Record<string, string> = {
	skipAddressValidation: 'Skip Address Validation',
	isReturn: 'Is Return',
};
/** BulkParcelRequest has two more fields than a single parcel. */
const BULK_TEXT_FIELDS: Record<string, [label: string, max: number]> = {
	integrationChannel: ['integrationChannel', 100],
	packslipNotes: ['packslipNotes', 1000],
};
const STRUCTURED = [
	'shipToAddress',
	'returnAddress',
	'dimensions',
	'pickupDateTime',
	'customsInformation',
	'customLabelFooterFields',
];
const BULK_KEYS = new Set([
	...Object.keys(TEXT_FIELDS),
	...Object.keys(BOOLEAN_FIELDS),
	...Object.keys(BULK_TEXT_FIELDS),
	...STRUCTURED,
]);
const CUSTOMS_ITEM_KEYS = [
	'code',
	'description',
	'quantity',
	'weight',
	'weightUnit',
	'value',
	'hsTariffCode',
	'originCountry',
];

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** A DeliverrAddress; `jsonKeys` names its parts by body key (JSON input) instead of label. */
export function readDeliverrAddress(
	context: IExecuteFunctions,
	source: unknown,
	field: string,
	itemIndex: number,
	jsonKeys = false,
): IDataObject {
	if (!isObject(source))
		failParameter(
			context,
			itemIndex,
			`"${field}" must be an address object, but got ${shown(source)}`,
		);
	const table = jsonKeys
		? ADDRESS_FIELDS.map(([key, , required, max]): TextField => [key, key, required, max])
		: ADDRESS_FIELDS;
	const address = readTextFields(context, source, table, field, itemIndex);
	const residentialLabel = `${field} → ${jsonKeys ? 'isResidential' : 'Is Residential'}`;
	const residential = optionalBoolean(context, source.isResidential, residentialLabel, itemIndex);
	if (residential !== undefined) address.isResidential = residential;
	return address;
}

/** The address of a fixedCollection parameter ({address: {...}}), or undefined when left empty. */
function addressValue(value: unknown): IDataObject | undefined {
	const address = isObject(value) ? value.address : undefined;
	return isObject(address) ? address : undefined;
}

/** ParcelCustomsInformation from its items, each with the eight required values. */
function readCustomsItems(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	const items = parseObjectList(context, value, field, itemIndex, CUSTOMS_ITEM_KEYS);
	if (items.length === 0) failParameter(context, itemIndex, `"${field}" needs at least one item`);
	return { customsItems: items };
}

/** CustomLabelFooterFields: the first line is required (1 to 25 characters), the second optional. */
function readLabelFooter(
	context: IExecuteFunctions,
	lines: [unknown, unknown],
	labels: [string, string],
	itemIndex: number,
): IDataObject | undefined {
	const [first, second] = lines.map((line, index) =>
		optionalText(context, line, labels[index], itemIndex, 25),
	);
	if (first === undefined && second === undefined) return undefined;
	if (first === undefined)
		failParameter(context, itemIndex, `"${labels[0]}" is required when "${labels[1]}" is set`);
	return { customLabelFooter1: first, ...(second ? { customLabelFooter2: second } : {}) };
}

/** The flat optional fields (text, booleans, pickup time) of a parcel request. */
function readFlatFields(
	context: IExecuteFunctions,
	source: IDataObject,
	label: (key: string, typedLabel: string) => string,
	itemIndex: number,
	texts: Record<string, [label: string, max: number]>,
): IDataObject {
	const body: IDataObject = {};
	for (const [key, [typed, max]] of Object.entries(texts)) {
		const value = optionalText(context, source[key], label(key, typed), itemIndex, max);
		if (value !== undefined) body[key] = value;
	}
	for (const [key, typed] of Object.entries(BOOLEAN_FIELDS)) {
		const value = optionalBoolean(context, source[key], label(key, typed), itemIndex);
		if (value !== undefined) body[key] = value;
	}
	if (!isEmpty(source.pickupDateTime))
		body.pickupDateTime = normalizeDateTime(
			context,
			source.pickupDateTime,
			label('pickupDateTime', 'Pickup Time'),
			itemIndex,
		);
	return body;
}

/** Ship To Address and Dimensions, the typed fields every parcel request has. */
function readShipmentBasics(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const dimensions = context.getNodeParameter('dimensions', itemIndex, {}) as IDataObject;
	const value = isObject(dimensions?.value) ? dimensions.value : undefined;
	if (!value) failParameter(context, itemIndex, '"Dimensions" is required');
	return {
		shipToAddress: readDeliverrAddress(
			context,
			addressValue(context.getNodeParameter('shipToAddress', itemIndex, {})) ?? {},
			'Ship To Address',
			itemIndex,
		),
		dimensions: readDimensions(context, value, itemIndex, 'Dimensions'),
	};
}

/** CreateParcelRequestUnstable from the typed fields and Additional Fields. */
export function readCreateParcelBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const field = (label: string) => `Additional Fields → ${label}`;
	const body: IDataObject = {
		...readShipmentBasics(context, itemIndex),
		...readFlatFields(context, values, (_key, label) => field(label), itemIndex, TEXT_FIELDS),
	};
	const returnAddress = addressValue(values.returnAddress);
	if (returnAddress)
		body.returnAddress = readDeliverrAddress(
			context,
			returnAddress,
			field('Return Address'),
			itemIndex,
		);
	const footer = readLabelFooter(
		context,
		[values.customLabelFooter1, values.customLabelFooter2],
		[field('Label Footer 1'), field('Label Footer 2')],
		itemIndex,
	);
	if (footer) body.customLabelFooterFields = footer;
	if (!isEmpty(values.customsItems))
		body.customsInformation = readCustomsItems(
			context,
			values.customsItems,
			field('Customs Items (JSON)'),
			itemIndex,
		);
	return body;
}

/** CreateQuoteRequest: Service Level, Ship To Address, Dimensions, optionally the injection location. */
export function readParcelQuoteBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const injectionLocation = optionalText(
		context,
		values.injectionLocation,
		'Additional Fields → Injection Location',
		itemIndex,
		100,
	);
	return {
		serviceLevel: textParameter(context, 'serviceLevel', 'Service Level', itemIndex, 100),
		...readShipmentBasics(context, itemIndex),
		...(injectionLocation ? { injectionLocation } : {}),
	};
}

/** One BulkParcelRequest of the Parcels (JSON) array, named by its entry. */
function readBulkParcel(
	context: IExecuteFunctions,
	entry: IDataObject,
	name: string,
	itemIndex: number,
): IDataObject {
	const unknown = Object.keys(entry).find((key) => !BULK_KEYS.has(key));
	if (unknown !== undefined)
		failParameter(
			context,
			itemIndex,
			`"${name}" has the field ${shown(unknown)}, which a bulk parcel does not have`,
		);
	const at = (key: string) => `${name} → ${key}`;
	const body = readFlatFields(context, entry, at, itemIndex, {
		...TEXT_FIELDS,
		...BULK_TEXT_FIELDS,
	});
	if (!body.serviceLevel) failParameter(context, itemIndex, `"${at('serviceLevel')}" is required`);
	body.shipToAddress = readDeliverrAddress(
		context,
		entry.shipToAddress,
		at('shipToAddress'),
		itemIndex,
		true,
	);
	if (!isObject(entry.dimensions))
		failParameter(context, itemIndex, `"${at('dimensions')}" must be an object`);
	body.dimensions = readDimensions(context, entry.dimensions, itemIndex, at('dimensions'));
	if (!isEmpty(entry.returnAddress))
		body.returnAddress = readDeliverrAddress(
			context,
			entry.returnAddress,
			at('returnAddress'),
			itemIndex,
			true,
		);
	if (!isEmpty(entry.customLabelFooterFields)) {
		const footer = entry.customLabelFooterFields;
		if (!isObject(footer))
			failParameter(context, itemIndex, `"${at('customLabelFooterFields')}" must be an object`);
		const lines = ['customLabelFooter1', 'customLabelFooter2'];
		body.customLabelFooterFields = readLabelFooter(
			context,
			[footer[lines[0]], footer[lines[1]]],
			[at(`customLabelFooterFields → ${lines[0]}`), at(`customLabelFooterFields → ${lines[1]}`)],
			itemIndex,
		);
	}
	if (!isEmpty(entry.customsInformation)) {
		const customs = entry.customsInformation;
		const field = at('customsInformation → customsItems');
		if (!isObject(customs)) failParameter(context, itemIndex, `"${field}" is required`);
		body.customsInformation = readCustomsItems(context, customs.customsItems, field, itemIndex);
	}
	return body;
}

/** At most this many parcels per bulk job keep one request within reason. */
export const MAX_BULK_PARCELS = 500;

/** BulkParcelJobRequest: the Parcels (JSON) array, each entry checked, and Packslip Required. */
export function readBulkJobBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const field = 'Parcels (JSON)';
	const entries = parseObjectList(
		context,
		context.getNodeParameter('parcels', itemIndex, '[]'),
		field,
		itemIndex,
	);
	if (entries.length === 0)
		failParameter(context, itemIndex, `"${field}" needs at least one parcel`);
	if (entries.length > MAX_BULK_PARCELS)
		failParameter(context, itemIndex, `"${field}" has more than ${MAX_BULK_PARCELS} parcels`);
	return {
		parcels: entries.map((entry, index) =>
			readBulkParcel(context, entry, `${field}, entry ${index + 1}`, itemIndex),
		),
		packslipRequired: requireBoolean(
			context,
			context.getNodeParameter('packslipRequired', itemIndex, false),
			'Packslip Required',
			itemIndex,
		),
	};
}
