/** Readers of row lists entered as fields or as one JSON array (line items, bundle contents). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseObjectList } from '../../shared/readers/json';
import { failParameter, requireNumber } from '../../shared/readers/values';
import { requireIdFormat } from './locators';

/** The rows of `name` (see rowsInput in descriptions/common.description.ts); at least one. */
export function readRows(
	context: IExecuteFunctions,
	name: string,
	rowName: string,
	field: string,
	itemIndex: number,
): { rows: IDataObject[]; field: string } {
	const mode = context.getNodeParameter(`${name}Input`, itemIndex, 'fields') as string;
	let rows: IDataObject[];
	let shownField = field;
	if (mode === 'json') {
		shownField = `${field} (JSON)`;
		rows = parseObjectList(
			context,
			context.getNodeParameter(`${name}Json`, itemIndex, '[]'),
			shownField,
			itemIndex,
		);
	} else {
		const value = context.getNodeParameter(name, itemIndex, {}) as IDataObject;
		rows = (value?.[rowName] as IDataObject[] | undefined) ?? [];
	}
	if (rows.length === 0)
		failParameter(context, itemIndex, `"${shownField}" needs at least one entry`);
	if (rows.length > 1000)
		failParameter(context, itemIndex, `"${shownField}" has more than 1000 entries`);
	return { rows, field: shownField };
}

/** A Logistics SKU and a whole quantity of at least 1, from one row. */
export function skuAndQuantity(
	context: IExecuteFunctions,
	row: IDataObject,
	skuKey: string,
	field: string,
	index: number,
	itemIndex: number,
): { sku: string; quantity: number } {
	const entry = `${field}, entry ${index + 1}`;
	return {
		sku: requireIdFormat(context, row[skuKey], 'logisticsSku', `${entry} → ${skuKey}`, itemIndex),
		quantity: requireNumber(context, row.quantity, `${entry} → quantity`, itemIndex, {
			min: 1,
			integer: true,
		}),
	};
}
