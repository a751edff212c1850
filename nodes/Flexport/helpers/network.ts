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
	key: { pattern: RegExp; hint: string } = { pattern: /^[A-Za-z0-9_\- ]{1,100}$/, hint: '1–100 letters, digits, spaces, - or _' },
): Array<[string, string]> {
	const rows = ((value as IDataObject | undefined)?.[group] as IDataObject[] | undefined) ?? [];
	return rows.map((row) => {
		const name = String(row[names.key] ?? '').trim();
		if (!key.pattern.test(name)) {
			failParameter(context, i, `"${field}": ${JSON.stringify(row[names.key] ?? '')} must be ${key.hint}`);
		}
		const entry = row[names.value];
		if (typeof entry !== 'string' && typeof entry !== 'number' && typeof entry !== 'boolean') failParameter(context, i, `"${field}": the value of "${name}" must be text`);
		return [name, String(entry)];
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

/** Optional product fields; Update offers the required Create fields here too. */
export const PRODUCT_FIELD_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Classifications (JSON)',
		name: 'classifications',
		type: 'json',
		default: '[\n  { "codes": ["8518.30.20"], "region": "US" }\n]',
		description: 'List of {codes: [HS codes], region}; replaces the current classifications',
	},
	{ displayName: 'Client Verified', name: 'clientVerified', type: 'boolean', default: false, description: 'Whether you have verified this product' },
	{ displayName: 'Country of Origin', name: 'countryOfOrigin', type: 'string', default: '', placeholder: 'e.g. China', description: 'Country where the product is made' },
	{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'Description of the product' },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the product' },
	{ displayName: 'Product Category', name: 'productCategory', type: 'string', default: '', placeholder: 'e.g. Electronics', description: 'Category of the product' },
	{
		displayName: 'Product Properties',
		name: 'productProperties',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Property',
		default: {},
		description: 'Custom type/value pairs that describe the product',
		options: [
			{
				displayName: 'Property',
				name: 'property',
				values: [
					{ displayName: 'Type', name: 'type', type: 'string', default: '', placeholder: 'e.g. color' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'e.g. blue' },
				],
			},
		],
	},
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'SKU of the product' },
	{
		displayName: 'Suppliers (JSON)',
		name: 'suppliers',
		type: 'json',
		default: '[\n  { "ref": "FACTORY-123", "country_of_origin": "CN" }\n]',
		description: 'List of supplier locations, each with country_of_origin and a ref (or the location\'s Flexport ID); replaces the current suppliers',
	},
];

export function productFieldsToBody(context: IExecuteFunctions, fields: IDataObject, collection: string, i: number): IDataObject {
	const field = (name: string) => `${collection} → ${name}`;
	let classifications: IDataObject[] | undefined;
	if (fields.classifications !== undefined) {
		classifications = parseObjectList(context, fields.classifications, field('Classifications (JSON)'), i, ['codes', 'region']);
		classifications.forEach((entry, index) => {
			if (!Array.isArray(entry.codes)) failParameter(context, i, `"${field('Classifications (JSON)')}": entry ${index + 1} needs "codes" as a list`);
			entry.codes = entry.codes.map((code) => String(code));
		});
	}
	let suppliers: IDataObject[] | undefined;
	if (fields.suppliers !== undefined) {
		suppliers = parseObjectList(context, fields.suppliers, field('Suppliers (JSON)'), i, ['country_of_origin']);
		suppliers.forEach((entry, index) => {
			if (entry.id === undefined && entry.ref === undefined) failParameter(context, i, `"${field('Suppliers (JSON)')}": entry ${index + 1} needs "id" or "ref"`);
			if (entry.id !== undefined) entry.id = String(entry.id);
		});
	}
	const properties = fields.productProperties === undefined
		? undefined
		: keyValuePairs(context, fields.productProperties, field('Product Properties'), i, 'property', { key: 'type', value: 'value' }).map(
				([type, value]) => ({ type, value }),
			);
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, field('Name'), i),
			sku: optionalText(context, fields.sku, field('SKU'), i),
			description: optionalText(context, fields.description, field('Description'), i, 10_000),
			product_category: optionalText(context, fields.productCategory, field('Product Category'), i),
			country_of_origin: optionalText(context, fields.countryOfOrigin, field('Country of Origin'), i),
			client_verified: optionalBoolean(context, fields.clientVerified, field('Client Verified'), i),
			product_properties: properties,
			classifications,
			suppliers,
		},
	);
}

export const LINE_ITEMS_EXAMPLE = JSON.stringify(
	[
		{
			product_sku: 'PRODUCT-123',
			quantity: { value: 10, unit: 'pcs' },
			value: { amount: '100.00', currency_code: 'USD' },
			price_per_unit: { amount: '10.00', currency_code: 'USD' },
		},
	],
	null,
	2,
);

/** Commercial invoice line items: product_sku, quantity {value, unit}, value and price_per_unit are required. */
export function parseInvoiceLineItems(context: IExecuteFunctions, value: unknown, field: string, i: number): IDataObject[] {
	const lines = parseObjectList(context, value, field, i, ['product_sku', 'quantity', 'value', 'price_per_unit']);
	if (lines.length === 0) failParameter(context, i, `"${field}" must list at least one line item`);
	lines.forEach((line, index) => {
		const quantity = line.quantity as IDataObject;
		if (quantity === null || typeof quantity !== 'object' || typeof quantity.value !== 'number' || !QUANTITY_UNITS.includes(quantity.unit as never)) {
			failParameter(context, i, `"${field}": entry ${index + 1} needs "quantity" as {"value": number, "unit": one of ${QUANTITY_UNITS.join(', ')}}`);
		}
		for (const key of ['value', 'price_per_unit']) {
			const money = line[key] as IDataObject;
			if (money === null || typeof money !== 'object' || Array.isArray(money)) failParameter(context, i, `"${field}": entry ${index + 1} needs "${key}" as {"amount", "currency_code"}`);
			if (typeof money.amount === 'number') money.amount = String(money.amount);
		}
	});
	return lines;
}

export function requireCurrency(context: IExecuteFunctions, value: unknown, field: string, i: number): string {
	const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
	if (!/^[A-Z]{3}$/.test(text)) failParameter(context, i, `"${field}" must be a three-letter currency code such as USD, but got ${JSON.stringify(value ?? '').slice(0, 40)}`);
	return text;
}

/** Flexport Money: `{amount: "12.34", currency_code}`. */
export function toMoney(context: IExecuteFunctions, amount: unknown, currency: string, field: string, i: number): IDataObject {
	const number = typeof amount === 'number' ? amount : typeof amount === 'string' && amount.trim() !== '' ? Number(amount) : NaN;
	if (!Number.isFinite(number) || number < 0) failParameter(context, i, `"${field}" must be a positive amount, but got ${JSON.stringify(amount ?? '').slice(0, 40)}`);
	return { amount: String(number), currency_code: currency };
}

/** Commercial invoice fields shared by Create (Additional Fields) and Update (Update Fields). */
export const COMMERCIAL_INVOICE_FIELD_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Is Related Parties',
		name: 'isRelatedParties',
		type: 'boolean',
		default: false,
		description: 'Whether buyer and seller are related parties as defined by US Customs (CBP)',
	},
	{
		displayName: 'Manufacturer Refs',
		name: 'manufacturerRefs',
		type: 'string',
		default: '',
		placeholder: 'e.g. factory-1, factory-2',
		description: 'Comma-separated refs of manufacturer locations',
	},
	{
		displayName: 'Metadata (JSON)',
		name: 'metadata',
		type: 'json',
		default: '{\n  "purchase_order": ["12345"]\n}',
		description: 'Tags as {"key": ["value", …]}',
	},
];

export function commercialInvoiceFieldsToBody(context: IExecuteFunctions, fields: IDataObject, collection: string, i: number): IDataObject {
	return assignDefined(
		{},
		{
			is_related_parties: optionalBoolean(context, fields.isRelatedParties, `${collection} → Is Related Parties`, i),
			manufacturer_refs: fields.manufacturerRefs === undefined ? undefined : parseTextList(fields.manufacturerRefs),
			metadata: fields.metadata === undefined ? undefined : parseMetadata(context, fields.metadata, `${collection} → Metadata (JSON)`, i),
		},
	);
}

/** The file name in a Content-Disposition header (RFC 6266: `filename*` wins over `filename`). */
export function fileNameFromDisposition(header: string | undefined): string | undefined {
	if (!header) return undefined;
	const extended = /filename\*\s*=\s*(?:[\w-]+)?'[^']*'([^;]+)/i.exec(header);
	let name: string | undefined;
	if (extended) {
		try {
			name = decodeURIComponent(extended[1].trim());
		} catch {
			name = undefined;
		}
	}
	if (!name) {
		const plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(header);
		name = plain ? (plain[1] ?? plain[2]).replace(/\\(.)/g, '$1').trim() : undefined;
	}
	// Keep only the last path segment and drop control characters.
	const last = name?.split(/[\\/]/).pop() ?? '';
	const base = [...last].filter((char) => char.charCodeAt(0) > 31 && char.charCodeAt(0) !== 127).join('').trim();
	return base && base !== '.' && base !== '..' ? base : undefined;
}

/**
 * A path for the Custom API Call: relative to the credential's API base URL, so the token never
 * goes to another host and the request cannot climb out of the API with `..`.
 */
export function requireApiPath(context: IExecuteFunctions, value: unknown, field: string, i: number): string {
	const path = typeof value === 'string' ? value.trim() : '';
	const fail = (reason: string): never => failParameter(context, i, `"${field}" ${reason}, but got ${JSON.stringify(value ?? '').slice(0, 80)}`);
	if (!path.startsWith('/')) fail('must start with / (a path under the API base URL)');
	if (path.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(path.slice(1)) || path.includes('://')) fail('must not contain a scheme or host');
	if (path.length > 2000) fail('is longer than 2000 characters');
	if ([...path].some((char) => char.charCodeAt(0) <= 32 || char.charCodeAt(0) === 127) || path.includes('\\')) fail('must not contain spaces, control characters or backslashes');
	if (path.includes('?') || path.includes('#')) fail('must not contain ? or # (use Query Parameters)');
	for (const segment of path.split('/')) {
		let decoded: string;
		try {
			decoded = decodeURIComponent(segment);
		} catch {
			return fail('contains an invalid % escape');
		}
		if (decoded === '..' || decoded === '.' || decoded.includes('/') || decoded.includes('\\')) fail('must not contain . or .. segments or encoded slashes');
	}
	return path;
}
