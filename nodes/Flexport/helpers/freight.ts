/** Shared pieces of the freight resources (legs, containers, bookings, purchase orders, events). */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getLocatorId, simplify } from '../descriptions/common.descriptions';
import { flexportApiRequest } from '../transport';
import { resolveLinks, resolveLinksOption, simplifyObject } from './output';
import { failParameter, parseJsonParameter, requireNumber, requireString, toItems } from './utils';

/** A required numeric ID field, for objects without a "From List" search. */
export function idField(name: string, displayName: string, object: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 12345',
		description: `The numeric Flexport ID of the ${object}`,
	};
}

const getOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [resolveLinksOption],
};

/** The parameters of every "Get": the ID (field or locator), Simplify and Resolve Links. */
export function getProperties(idProperty: INodeProperties): INodeProperties[] {
	return [idProperty, simplify, getOptions];
}

/** GET `<path>/<id>` with the ID checked first; Simplify and Resolve Links as on Shipment → Get. */
export async function getRecord(
	this: IExecuteFunctions,
	i: number,
	path: string,
	idParameter: string,
	displayName: string,
): Promise<INodeExecutionData[]> {
	const id = getLocatorId(this, idParameter, i, displayName);
	const options = this.getNodeParameter('options', i, {}) as { resolveLinks?: string };
	let record = await flexportApiRequest.call(this, 'GET', `${path}/${id}`, { itemIndex: i });
	if (options.resolveLinks) record = await resolveLinks.call(this, record, options.resolveLinks, i);
	const simple = this.getNodeParameter('simplify', i, true) as boolean;
	return toItems(this, simple && !options.resolveLinks ? simplifyObject(record) : record, i);
}

/** Collection options in the alphabetical order n8n's linter expects. */
export function sortByDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

// ---------------------------------------------------------------------------------------------
// Request-body helpers

const CONTAINER_SIZES = [
	{ key: 'twenty_ft', label: '20ft' },
	{ key: 'forty_ft', label: '40ft' },
	{ key: 'forty_ft_hc', label: '40ft High Cube' },
	{ key: 'forty_five_ft_hc', label: '45ft High Cube' },
] as const;

/** Number fields for Flexport's ContainerCounts; `prefix` keeps names unique inside a collection. */
export function containerCountFields(prefix = ''): INodeProperties[] {
	return CONTAINER_SIZES.map(({ key, label }) => ({
		displayName: `${prefix ? 'New ' : ''}${label} Containers`,
		name: `${prefix}${key}`,
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: `Number of ${label} containers; sent as ${prefix ? 'new_container_counts' : 'container_counts'}.${key}`,
	}));
}

/** Reads the container-count fields from a collection into a ContainerCounts object (undefined if none set). */
export function readContainerCounts(
	context: IExecuteFunctions,
	values: IDataObject,
	prefix: string,
	itemIndex: number,
	fieldPrefix: string,
): IDataObject | undefined {
	const counts: IDataObject = {};
	for (const { key, label } of CONTAINER_SIZES) {
		const value = values[`${prefix}${key}`];
		if (value === undefined || value === '' || value === null) continue;
		counts[key] = requireNumber(context, value, `${fieldPrefix}${prefix ? 'New ' : ''}${label} Containers`, itemIndex, { min: 0, integer: true });
	}
	return Object.keys(counts).length > 0 ? counts : undefined;
}

/** Optional port-code text fields for one side (origin or destination) of a booking. */
export function portCodeFields(side: 'origin' | 'destination', codes: ReadonlyArray<'us_cbp_port_code' | 'loc_code' | 'iata_code' | 'icao_code'>, prefix = ''): INodeProperties[] {
	const labels = { us_cbp_port_code: 'US CBP Port Code', loc_code: 'UN/LOCODE', iata_code: 'IATA Code', icao_code: 'ICAO Code' };
	const examples = { us_cbp_port_code: '2704', loc_code: 'CNYTN', iata_code: 'PVG', icao_code: 'ZSPD' };
	const sideLabel = side === 'origin' ? 'Origin' : 'Destination';
	return codes.map((code) => ({
		displayName: `${prefix ? 'New ' : ''}${sideLabel} Port ${labels[code]}`,
		name: `${prefix}${side}_port_${code}`,
		type: 'string',
		default: '',
		placeholder: `e.g. ${examples[code]}`,
		description: `Sent as ${prefix}${side}_port_${code}`,
	}));
}

/** Copies the non-empty text values of `names` from a collection into the body, trimmed and length-checked. */
export function copyText(
	context: IExecuteFunctions,
	values: IDataObject,
	body: IDataObject,
	names: string[],
	itemIndex: number,
	field: (name: string) => string,
): void {
	for (const name of names) {
		const value = values[name];
		if (value === undefined || value === null || value === '') continue;
		if (typeof value !== 'string' && typeof value !== 'number') failParameter(context, itemIndex, `"${field(name)}" must be text`);
		const text = String(value).trim();
		if (text === '') continue;
		body[name] = requireString(context, text, field(name), itemIndex, 1000);
	}
}

/** Copies boolean values, insisting they really are booleans (expressions can yield anything). */
export function copyBoolean(
	context: IExecuteFunctions,
	values: IDataObject,
	body: IDataObject,
	names: string[],
	itemIndex: number,
	field: (name: string) => string,
): void {
	for (const name of names) {
		const value = values[name];
		if (value === undefined) continue;
		body[name] = requireBoolean(context, value, field(name), itemIndex);
	}
}

export function requireBoolean(context: IExecuteFunctions, value: unknown, field: string, itemIndex: number): boolean {
	if (typeof value !== 'boolean') failParameter(context, itemIndex, `"${field}" must be true or false, but got ${JSON.stringify(value ?? '').slice(0, 60)}`);
	return value;
}

/**
 * A JSON list of product descriptions (`[{"description": "Watches", "hs_code": "9101.00"}]`);
 * every entry needs description and hs_code, and only the keys Flexport knows are allowed.
 */
export function parseProductDescriptions(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	allowedKeys: readonly string[],
): IDataObject[] {
	const list = parseJsonParameter(context, value, field, itemIndex, 'array') as unknown[];
	if (list.length === 0) failParameter(context, itemIndex, `"${field}" must list at least one product`);
	return list.map((entry, position) => {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			failParameter(context, itemIndex, `"${field}": entry ${position + 1} must be an object such as {"description": "Watches", "hs_code": "9101.00"}`);
		}
		const record = entry as IDataObject;
		for (const [key, item] of Object.entries(record)) {
			if (!allowedKeys.includes(key)) {
				failParameter(context, itemIndex, `"${field}": entry ${position + 1} has unknown key "${key}" (allowed: ${allowedKeys.join(', ')})`);
			}
			if (typeof item !== 'string') failParameter(context, itemIndex, `"${field}": entry ${position + 1}, "${key}" must be text`);
		}
		for (const key of ['description', 'hs_code']) {
			if (typeof record[key] !== 'string' || (record[key] as string).trim() === '') {
				failParameter(context, itemIndex, `"${field}": entry ${position + 1} needs "${key}" as text`);
			}
		}
		return record;
	});
}

/** A JSON object parameter such as Cargo, naming the field and item when it is not an object. */
export function parseObject(context: IExecuteFunctions, value: unknown, field: string, itemIndex: number): IDataObject {
	return parseJsonParameter(context, value, field, itemIndex, 'object') as IDataObject;
}
