/** Freight resource locators; the generic parameter readers come from nodes/shared/readers. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ObjectTarget } from '../descriptions/objects.description';
import type { IdKind } from '../objects';
import { requireId } from './values';

export * from '../../shared/readers/parameters';

/** Reads a resource locator (or a plain value) and checks it is a Flexport ID of the given kind. */
export function getLocatorId(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	displayName: string,
	idKind: IdKind = 'numeric',
): string {
	const value = context.getNodeParameter(name, itemIndex, undefined, {
		extractValue: true,
	}) as unknown;
	const raw = value !== null && typeof value === 'object' ? (value as IDataObject).value : value;
	return requireId(context, idKind, raw, displayName, itemIndex);
}

/** The checked ID from a target's locator (a plain string value works too). */
export function targetId(
	context: IExecuteFunctions,
	target: ObjectTarget,
	itemIndex: number,
): string {
	return getLocatorId(context, target.param, itemIndex, target.displayName, target.idKind);
}
