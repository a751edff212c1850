/** Shapes Flexport objects for n8n output: Simplify, and resolving link refs on request. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { flexportApiRequest, flexportApiRequestAllItems } from '../transport';

const OBJECT_REF = '/api/refs/object';
const COLLECTION_REF = '/api/refs/collection';

function isRef(value: unknown, kind?: string): value is IDataObject {
	return (
		value !== null &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		((kind === undefined &&
			((value as IDataObject)._object === OBJECT_REF ||
				(value as IDataObject)._object === COLLECTION_REF)) ||
			(value as IDataObject)._object === kind)
	);
}

/**
 * The object's own fields; object refs become `<field>_id`, collection refs are dropped, and
 * nested value objects (money, weights, addresses) are kept as they are.
 */
export function simplifyObject(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) {
		if (key === '_object') continue;
		if (isRef(value, OBJECT_REF)) {
			result[`${key}_id`] = value.id ?? null;
			continue;
		}
		if (isRef(value, COLLECTION_REF)) continue;
		if (Array.isArray(value) && value.every((entry) => isRef(entry, OBJECT_REF))) {
			result[`${key}_ids`] = value.map((entry) => (entry as IDataObject).id ?? null);
			continue;
		}
		result[key] = value;
	}
	return result;
}

export const resolveLinksOption: INodeProperties = {
	displayName: 'Resolve Links',
	name: 'resolveLinks',
	type: 'string',
	default: '',
	placeholder: 'e.g. legs, shipper',
	description:
		'Comma-separated fields holding links to other Flexport objects (such as legs or bookings) to fetch and embed in place of the link. Use * for all. Each link costs one request.',
};

const MAX_LINKS_PER_OBJECT = 25;

/** Replaces the chosen link refs with the objects they point to. */
export async function resolveLinks(
	this: IExecuteFunctions,
	object: IDataObject,
	fieldsParameter: string,
	itemIndex: number,
): Promise<IDataObject> {
	const wanted = fieldsParameter
		.split(',')
		.map((field) => field.trim())
		.filter(Boolean);
	if (wanted.length === 0) return object;
	const all = wanted.includes('*');
	const result: IDataObject = { ...object };
	let resolved = 0;
	for (const [key, value] of Object.entries(object)) {
		if (!all && !wanted.includes(key)) continue;
		if (!isRef(value) || typeof value.link !== 'string') continue;
		if (++resolved > MAX_LINKS_PER_OBJECT) break;
		if (value._object === OBJECT_REF) {
			result[key] = await flexportApiRequest.call(this, 'GET', value.link, {
				url: value.link,
				itemIndex,
			});
		} else {
			result[key] = await flexportApiRequestAllItems.call(
				this,
				value.link,
				{},
				{ itemIndex, url: value.link },
			);
		}
	}
	return result;
}
