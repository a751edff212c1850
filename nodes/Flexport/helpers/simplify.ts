/** Flexport's link refs, and Simplify: an object's own fields with links reduced to IDs. */
import type { IDataObject } from 'n8n-workflow';

export const OBJECT_REF = '/api/refs/object';
export const COLLECTION_REF = '/api/refs/collection';

/** Whether `value` is a link ref (of the given kind, or of either kind). */
export function isRef(value: unknown, kind?: string): value is IDataObject {
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

/** A non-empty list of object refs (an empty list says nothing about what it would hold). */
function isRefList(value: unknown): value is IDataObject[] {
	return (
		Array.isArray(value) && value.length > 0 && value.every((entry) => isRef(entry, OBJECT_REF))
	);
}

/**
 * The object's own fields. Only real refs are renamed: a ref to one object (`/api/refs/object`)
 * becomes `<field>_id`, a non-empty list of such refs `<field>_ids`; refs to lists
 * (`/api/refs/collection`) are dropped. Every other field keeps its name and value — embedded
 * objects (company entities, money, addresses) and empty lists included — so a field's name never
 * depends on whether it happens to be empty.
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
		if (isRefList(value)) {
			result[`${key}_ids`] = value.map((entry) => (entry as IDataObject).id ?? null);
			continue;
		}
		result[key] = value;
	}
	return result;
}

/** Simplify for an object with resolved links: the object and each embedded record. */
export function simplifyResolved(object: IDataObject): IDataObject {
	const result = simplifyObject(object);
	for (const [key, value] of Object.entries(object)) {
		if (key === '_object' || isRef(value)) continue;
		if (isRecord(value)) result[key] = simplifyObject(value);
		else if (Array.isArray(value) && value.length > 0 && value.every(isRecord))
			result[key] = value.map((entry) => simplifyObject(entry as IDataObject));
	}
	return result;
}

/** A Flexport record (not a value object such as money or an address): it has an `id`. */
function isRecord(value: unknown): value is IDataObject {
	return (
		value !== null &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		typeof (value as IDataObject)._object === 'string' &&
		'id' in (value as IDataObject)
	);
}
