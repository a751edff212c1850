/** Finance bodies: commercial invoice line items, currencies, money and the commercial invoice fields. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { QUANTITY_UNITS } from '../descriptions/enums';
import { parseMetadata, parseObjectList, parseTextList } from './json';
import { assignDefined } from './parameters';
import { failParameter, optionalBoolean } from './values';

/** Commercial invoice line items: product_sku, quantity {value, unit}, value and price_per_unit are required. */
export function parseInvoiceLineItems(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject[] {
	const lines = parseObjectList(context, value, field, itemIndex, [
		'product_sku',
		'quantity',
		'value',
		'price_per_unit',
	]);
	if (lines.length === 0)
		failParameter(context, itemIndex, `"${field}" must list at least one line item`);
	lines.forEach((line, index) => {
		const quantity = line.quantity as IDataObject;
		if (
			quantity === null ||
			typeof quantity !== 'object' ||
			typeof quantity.value !== 'number' ||
			!QUANTITY_UNITS.includes(quantity.unit as never)
		) {
			failParameter(
				context,
				itemIndex,
				`"${field}": entry ${index + 1} needs "quantity" as {"value": number, "unit": one of ${QUANTITY_UNITS.join(', ')}}`,
			);
		}
		for (const key of ['value', 'price_per_unit']) {
			const money = line[key] as IDataObject;
			if (money === null || typeof money !== 'object' || Array.isArray(money))
				failParameter(
					context,
					itemIndex,
					`"${field}": entry ${index + 1} needs "${key}" as {"amount", "currency_code"}`,
				);
			if (typeof money.amount === 'number') money.amount = String(money.amount);
		}
	});
	return lines;
}

export function requireCurrency(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
	if (!/^[A-Z]{3}$/.test(text))
		failParameter(
			context,
			itemIndex,
			`"${field}" must be a three-letter currency code such as USD, but got ${JSON.stringify(value ?? '').slice(0, 40)}`,
		);
	return text;
}

/** Flexport Money: `{amount: "12.34", currency_code}`. */
export function toMoney(
	context: IExecuteFunctions,
	amount: unknown,
	currency: string,
	field: string,
	itemIndex: number,
): IDataObject {
	const number =
		typeof amount === 'number'
			? amount
			: typeof amount === 'string' && amount.trim() !== ''
				? Number(amount)
				: NaN;
	if (!Number.isFinite(number) || number < 0)
		failParameter(
			context,
			itemIndex,
			`"${field}" must be a positive amount, but got ${JSON.stringify(amount ?? '').slice(0, 40)}`,
		);
	return { amount: String(number), currency_code: currency };
}

export function commercialInvoiceFieldsToBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	collection: string,
	itemIndex: number,
): IDataObject {
	return assignDefined(
		{},
		{
			is_related_parties: optionalBoolean(
				context,
				fields.isRelatedParties,
				`${collection} → Is Related Parties`,
				itemIndex,
			),
			manufacturer_refs:
				fields.manufacturerRefs === undefined ? undefined : parseTextList(fields.manufacturerRefs),
			metadata:
				fields.metadata === undefined
					? undefined
					: parseMetadata(context, fields.metadata, `${collection} → Metadata (JSON)`, itemIndex),
		},
	);
}
