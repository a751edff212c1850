/** Readers of a node's parameters for one item: text, collections, limits, and body assembly. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { failParameter, requireNumber, requireString } from './values';

/** A required text parameter, trimmed. */
export function textParameter(
	context: IExecuteFunctions,
	name: string,
	field: string,
	itemIndex: number,
	maxLength = 1000,
): string {
	return requireString(
		context,
		context.getNodeParameter(name, itemIndex, ''),
		field,
		itemIndex,
		maxLength,
	).trim();
}

/** The values of an "Additional Fields" / "Update Fields" collection. */
export function collectionValues(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
): IDataObject {
	return (context.getNodeParameter(name, itemIndex, {}) as IDataObject) ?? {};
}

/** Limit of a "Get Many", or undefined with Return All. */
export function limitParameter(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (context.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	return requireNumber(
		context,
		context.getNodeParameter('limit', itemIndex, 50),
		'Limit',
		itemIndex,
		{
			min: 1,
			integer: true,
		},
	);
}

type Reader<T> = (
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
) => T | undefined;

/** Reads `names` from a collection with one reader, keeping each name as the body key; unset ones are left out. */
export function readFields<T>(
	context: IExecuteFunctions,
	values: IDataObject,
	names: string[],
	itemIndex: number,
	field: (name: string) => string,
	read: Reader<T>,
): IDataObject {
	return assignDefined(
		{},
		Object.fromEntries(
			names.map((name) => [name, read(context, values[name], field(name), itemIndex)]),
		) as IDataObject,
	);
}

/** Copies the defined entries of `values` into `body`. */
export function assignDefined(body: IDataObject, values: IDataObject): IDataObject {
	for (const [key, value] of Object.entries(values)) if (value !== undefined) body[key] = value;
	return body;
}

/** Update operations send only what the user chose; an empty PATCH is a mistake. */
export function requireSomeFields(
	context: IExecuteFunctions,
	body: IDataObject,
	field: string,
	itemIndex: number,
): IDataObject {
	if (Object.keys(body).length === 0)
		failParameter(context, itemIndex, `"${field}": add at least one field to change`);
	return body;
}
