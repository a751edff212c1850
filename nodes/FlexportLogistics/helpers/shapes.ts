/** Reading loosely typed answer fields: an object or `{}`, a list of objects or `[]`. */
import type { IDataObject } from 'n8n-workflow';

export const asObject = (value: unknown): IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};

export const asList = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? value.map(asObject) : [];
