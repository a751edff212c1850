/** Booking bodies: container counts and product descriptions (Booking → Create, Booking Amendment). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { CONTAINER_SIZES } from '../descriptions/enums';
import { parseJsonParameter } from './json';
import { assignDefined } from './parameters';
import { failParameter, optionalNumber } from './values';

/** Reads the container-count fields from a collection into a ContainerCounts object (undefined if none set). */
export function readContainerCounts(
	context: IExecuteFunctions,
	values: IDataObject,
	prefix: string,
	itemIndex: number,
	fieldPrefix: string,
): IDataObject | undefined {
	const counts = assignDefined(
		{},
		Object.fromEntries(
			CONTAINER_SIZES.map(({ key, label }) => [
				key,
				optionalNumber(
					context,
					values[`${prefix}${key}`],
					`${fieldPrefix}${prefix ? 'New ' : ''}${label} Containers`,
					itemIndex,
					{ min: 0, integer: true },
				),
			]),
		),
	);
	return Object.keys(counts).length > 0 ? counts : undefined;
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
	if (list.length === 0)
		failParameter(context, itemIndex, `"${field}" must list at least one product`);
	return list.map((entry, position) => {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			failParameter(
				context,
				itemIndex,
				`"${field}": entry ${position + 1} must be an object such as {"description": "Watches", "hs_code": "9101.00"}`,
			);
		}
		const record = entry as IDataObject;
		for (const [key, item] of Object.entries(record)) {
			if (!allowedKeys.includes(key)) {
				failParameter(
					context,
					itemIndex,
					`"${field}": entry ${position + 1} has unknown key "${key}" (allowed: ${allowedKeys.join(', ')})`,
				);
			}
			if (typeof item !== 'string')
				failParameter(
					context,
					itemIndex,
					`"${field}": entry ${position + 1}, "${key}" must be text`,
				);
		}
		for (const key of ['description', 'hs_code']) {
			if (typeof record[key] !== 'string' || (record[key] as string).trim() === '') {
				failParameter(
					context,
					itemIndex,
					`"${field}": entry ${position + 1} needs "${key}" as text`,
				);
			}
		}
		return record;
	});
}
