/**
 * Shared pieces of the network (companies, entities, contacts, locations), product, finance
 * (invoices, commercial invoices, customs entries) and document operations.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getLocatorId, type IdKind, resourceLocator } from '../descriptions/common.descriptions';
import { simplifyObject } from './output';
import { failParameter, parseJsonParameter, parseMetadata, requireString, requireTokenId, toItems } from './utils';
import { flexportApiRequest } from '../transport';

export const INVOICE_STATUSES = ['outstanding', 'past_due', 'void', 'paid'] as const;
export const INVOICE_SORT = ['due_date'] as const;
export const QUANTITY_UNITS = ['pcs', 'dpc', 'doz', 'hun', 'ths', 'prs', 'dpr'] as const;

/** Where one kind of Flexport object lives and how its ID looks. */
export interface ObjectTarget {
	/** Name of the locator parameter. */
	param: string;
	displayName: string;
	/** Collection path, e.g. `/network/contacts`. */
	path: string;
	idKind: IdKind;
	/** Last path segment in Flexport links, for the "By URL" mode. */
	urlSegment: string;
	/** listSearch method; without one the locator offers only "By ID" and "By URL". */
	searchMethod?: string;
}

export const TARGETS = {
	company: { param: 'companyId', displayName: 'Company', path: '/network/companies', idKind: 'token', urlSegment: 'companies', searchMethod: 'searchCompanies' },
	companyEntity: { param: 'companyEntityId', displayName: 'Company Entity', path: '/network/company_entities', idKind: 'numeric', urlSegment: 'company_entities' },
	contact: { param: 'contactId', displayName: 'Contact', path: '/network/contacts', idKind: 'token', urlSegment: 'contacts', searchMethod: 'searchContacts' },
	location: { param: 'locationId', displayName: 'Location', path: '/network/locations', idKind: 'token', urlSegment: 'locations', searchMethod: 'searchLocations' },
	product: { param: 'productId', displayName: 'Product', path: '/products', idKind: 'numeric', urlSegment: 'products', searchMethod: 'searchProducts' },
	invoice: { param: 'invoiceId', displayName: 'Invoice', path: '/invoices', idKind: 'token', urlSegment: 'invoices' },
	commercialInvoice: { param: 'commercialInvoiceId', displayName: 'Commercial Invoice', path: '/commercial_invoices', idKind: 'token', urlSegment: 'commercial_invoices' },
	customsEntry: { param: 'customsEntryId', displayName: 'Customs Entry', path: '/customs_entries', idKind: 'token', urlSegment: 'customs_entries' },
	document: { param: 'documentId', displayName: 'Document', path: '/documents', idKind: 'token', urlSegment: 'documents' },
} satisfies Record<string, ObjectTarget>;

/** The locator of a target: a full resource locator, or ID / URL only where there is no search. */
export function objectLocator(target: ObjectTarget): INodeProperties {
	const locator = resourceLocator({
		name: target.param,
		displayName: target.displayName,
		searchMethod: target.searchMethod ?? '',
		urlSegment: target.urlSegment,
		idKind: target.idKind,
	});
	if (target.searchMethod) return locator;
	return { ...locator, default: { mode: 'id', value: '' }, modes: (locator.modes ?? []).filter((mode) => mode.name !== 'list') };
}

export function targetId(context: IExecuteFunctions, target: ObjectTarget, i: number): string {
	return getLocatorId(context, target.param, i, target.displayName, target.idKind);
}

/** Items for one object, simplified when the operation's Simplify switch is on. */
export function objectItems(context: IExecuteFunctions, record: IDataObject, i: number, simplifyDefault = false): INodeExecutionData[] {
	const simple = context.getNodeParameter('simplify', i, simplifyDefault) as boolean;
	return toItems(context, simple ? simplifyObject(record) : record, i);
}

/** GET `<path>/<id>`: the body of every "Get" operation here. */
export async function getObject(this: IExecuteFunctions, i: number, target: ObjectTarget): Promise<INodeExecutionData[]> {
	const id = targetId(this, target, i);
	const record = await flexportApiRequest.call(this, 'GET', `${target.path}/${id}`, { itemIndex: i });
	return objectItems(this, record, i, true);
}

/** Sends a create (POST) or update (PATCH) and outputs the object Flexport returns. */
export async function writeObject(
	this: IExecuteFunctions,
	i: number,
	method: 'POST' | 'PATCH',
	path: string,
	body: IDataObject,
): Promise<INodeExecutionData[]> {
	const record = await flexportApiRequest.call(this, method, path, { body, itemIndex: i });
	return toItems(this, record, i);
}

/** The values of an "Additional Fields" / "Update Fields" collection. */
export function collectionValues(context: IExecuteFunctions, name: string, i: number): IDataObject {
	return (context.getNodeParameter(name, i, {}) as IDataObject) ?? {};
}

/** Update operations send only what the user chose; an empty PATCH is a mistake. */
export function requireSomeFields(context: IExecuteFunctions, body: IDataObject, field: string, i: number): IDataObject {
	if (Object.keys(body).length === 0) failParameter(context, i, `"${field}": add at least one field to change`);
	return body;
}

/** A required text parameter, trimmed. */
export function textParameter(context: IExecuteFunctions, name: string, field: string, i: number, maxLength = 1000): string {
	return requireString(context, context.getNodeParameter(name, i, ''), field, i, maxLength).trim();
}

/** An optional text value from a collection: trimmed, or undefined when empty. */
export function optionalText(context: IExecuteFunctions, value: unknown, field: string, i: number, maxLength = 1000): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') failParameter(context, i, `"${field}" must be text`);
	const text = String(value).trim();
	if (text.length > maxLength) failParameter(context, i, `"${field}" is longer than ${maxLength} characters`);
	return text === '' ? undefined : text;
}

export function optionalBoolean(context: IExecuteFunctions, value: unknown, field: string, i: number): boolean | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value !== 'boolean') failParameter(context, i, `"${field}" must be true or false`);
	return value;
}

/** Copies the defined entries of `values` into `body`. */
export function assignDefined(body: IDataObject, values: IDataObject): IDataObject {
	for (const [key, value] of Object.entries(values)) if (value !== undefined) body[key] = value;
	return body;
}

const ADDRESS_FIELDS = ['street_address', 'street_address2', 'city', 'state', 'country_code', 'zip', 'unlocode'];

export const ADDRESS_EXAMPLE = JSON.stringify(
	{ street_address: '1641 Settlers Lane', street_address2: 'STE 2918', city: 'Albany', state: 'MN', country_code: 'US', zip: '56307' },
	null,
	2,
);

/** Flexport's AddressForRequestBody: street_address required, the other fields optional strings. */
export function parseAddress(context: IExecuteFunctions, value: unknown, field: string, i: number): IDataObject {
	const address = parseJsonParameter(context, value, field, i, 'object') as IDataObject;
	for (const [key, entry] of Object.entries(address)) {
		if (!ADDRESS_FIELDS.includes(key)) failParameter(context, i, `"${field}": unknown address field "${key}" (allowed: ${ADDRESS_FIELDS.join(', ')})`);
		if (typeof entry !== 'string') failParameter(context, i, `"${field}": "${key}" must be a string`);
	}
	if (typeof address.street_address !== 'string' || address.street_address.trim() === '') {
		failParameter(context, i, `"${field}": "street_address" is required`);
	}
	return address;
}

/** A JSON array of objects, each with the given required keys. */
export function parseObjectList(context: IExecuteFunctions, value: unknown, field: string, i: number, required: string[] = []): IDataObject[] {
	const list = parseJsonParameter(context, value, field, i, 'array') as unknown[];
	list.forEach((entry, index) => {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) failParameter(context, i, `"${field}": entry ${index + 1} must be an object`);
		for (const key of required) {
			const item = (entry as IDataObject)[key];
			if (item === undefined || item === null || item === '') failParameter(context, i, `"${field}": entry ${index + 1} needs "${key}"`);
		}
	});
	return list as IDataObject[];
}

export function parseVatNumbers(context: IExecuteFunctions, value: unknown, field: string, i: number): IDataObject[] {
	return parseObjectList(context, value, field, i, ['country_code', 'number']);
}

/** A comma-separated list of Flexport string IDs. */
export function parseTokenList(context: IExecuteFunctions, value: unknown, field: string, i: number): string[] {
	const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : '';
	return text
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean)
		.map((entry) => requireTokenId(context, entry, field, i));
}

/** A comma-separated list of refs (free text). */
export function parseTextList(value: unknown): string[] {
	const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : '';
	return text
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
}

/** A key/value fixed collection (`{ pair: [{ key, value }] }`) as entries, keys checked. */
export function keyValuePairs(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	i: number,
	group = 'pair',
	names: { key: string; value: string } = { key: 'key', value: 'value' },
): Array<[string, string]> {
	const rows = ((value as IDataObject | undefined)?.[group] as IDataObject[] | undefined) ?? [];
	return rows.map((row) => {
		const key = String(row[names.key] ?? '').trim();
		if (!/^[A-Za-z0-9_\- ]{1,100}$/.test(key)) {
			failParameter(context, i, `"${field}": ${JSON.stringify(row[names.key] ?? '')} must be 1–100 letters, digits, spaces, - or _`);
		}
		const entry = row[names.value];
		if (typeof entry !== 'string' && typeof entry !== 'number' && typeof entry !== 'boolean') failParameter(context, i, `"${field}": the value of "${key}" must be text`);
		return [key, String(entry)];
	});
}

/** A plausible email address (Flexport checks it properly). */
export function requireEmail(context: IExecuteFunctions, value: unknown, field: string, i: number): string {
	const text = typeof value === 'string' ? value.trim() : '';
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) || text.length > 320) {
		failParameter(context, i, `"${field}" must be an email address, but got ${JSON.stringify(value ?? '').slice(0, 80)}`);
	}
	return text;
}

/** Optional location fields, shared by Create (Additional Fields) and Update (Update Fields). */
export const LOCATION_FIELD_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Address (JSON)',
		name: 'address',
		type: 'json',
		default: ADDRESS_EXAMPLE,
		description: 'Fields: street_address (required), street_address2, city, state, country_code, zip, unlocode',
	},
	{
		displayName: 'Contact IDs',
		name: 'contactIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. YJZMrNUj8qdxW9yicazpVx, 398qehfiaiurh',
		description: 'Comma-separated IDs of the contacts at this location. On update they replace the current contacts.',
	},
	{
		displayName: 'Metadata (JSON)',
		name: 'metadata',
		type: 'json',
		default: '{\n  "color": ["blue"]\n}',
		description: 'Tags as {"key": ["value", …]}. On update they replace the current metadata.',
	},
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the location' },
	{ displayName: 'Ref', name: 'ref', type: 'string', default: '', description: 'Your own reference for the location' },
];

export function locationFieldsToBody(context: IExecuteFunctions, fields: IDataObject, collection: string, i: number): IDataObject {
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, `${collection} → Name`, i),
			address: fields.address === undefined ? undefined : parseAddress(context, fields.address, `${collection} → Address (JSON)`, i),
			contact_ids: fields.contactIds === undefined ? undefined : parseTokenList(context, fields.contactIds, `${collection} → Contact IDs`, i),
			ref: optionalText(context, fields.ref, `${collection} → Ref`, i),
			metadata: fields.metadata === undefined ? undefined : parseMetadata(context, fields.metadata, `${collection} → Metadata (JSON)`, i),
		},
	);
}
