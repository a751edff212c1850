/** The body of "Create Order" (CreateOrderInput202307), checked field by field before sending. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseObject } from '../../shared/readers/json';
import { collectionValues, textParameter } from '../../shared/readers/parameters';
import {
	failParameter,
	normalizeDateTime,
	optionalBoolean,
	optionalNumber,
	optionalText,
	requireString,
} from '../../shared/readers/values';
import { readRows, skuAndQuantity } from './rows';

const ADDRESS_FIELDS: Array<[key: string, label: string, required: boolean]> = [
	['name', 'Name', false],
	['company', 'Company', false],
	['address1', 'Address Line 1', true],
	['address2', 'Address Line 2', false],
	['city', 'City', true],
	['provinceCode', 'Province Code', false],
	['zip', 'ZIP', false],
	['countryCode', 'Country Code', true],
	['phone', 'Phone', false],
];

export function readShippingAddress(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const value = context.getNodeParameter('shippingAddress', itemIndex, {}) as IDataObject;
	const address = (value?.address ?? {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, label, required] of ADDRESS_FIELDS) {
		const field = `Shipping Address → ${label}`;
		const text = required
			? requireString(context, address[key], field, itemIndex, 255).trim()
			: optionalText(context, address[key], field, itemIndex, 255);
		if (text !== undefined) body[key] = text;
	}
	if (!/^[A-Za-z]{2}$/.test(String(body.countryCode)))
		failParameter(
			context,
			itemIndex,
			`"Shipping Address → Country Code" must be a two-letter code such as US, but got ${JSON.stringify(body.countryCode)}`,
		);
	body.countryCode = String(body.countryCode).toUpperCase();
	return body;
}

/** A customs unit value given as a number (with the row's currency) or as `{amount, currencyCode}`. */
function customsValue(
	context: IExecuteFunctions,
	row: IDataObject,
	entry: string,
	itemIndex: number,
): IDataObject | undefined {
	const raw = row.customsUnitValue;
	const money = raw !== null && typeof raw === 'object' ? (raw as IDataObject) : undefined;
	const amount = optionalNumber(
		context,
		money ? money.amount : raw,
		`${entry} → customsUnitValue`,
		itemIndex,
		{ min: 0 },
	);
	if (!amount) return undefined;
	const currency = String((money ? money.currencyCode : row.customsCurrency) ?? 'USD').trim();
	if (!/^[A-Za-z]{3}$/.test(currency))
		failParameter(
			context,
			itemIndex,
			`"${entry} → currency" must be a three-letter code such as USD, but got ${JSON.stringify(currency)}`,
		);
	return { amount, currencyCode: currency.toUpperCase() };
}

export function readOrderLineItems(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const { rows, field } = readRows(context, 'lineItems', 'item', 'Line Items', itemIndex);
	return rows.map((row, index) => {
		const { sku, quantity } = skuAndQuantity(context, row, 'logisticsSku', field, index, itemIndex);
		const value = customsValue(context, row, `${field}, entry ${index + 1}`, itemIndex);
		return { logisticsSku: sku, quantity, ...(value ? { customsUnitValue: value } : {}) };
	});
}

export function readOrderFields(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const field = (label: string) => `Additional Fields → ${label}`;
	const body: IDataObject = {};
	const deliveryDays = optionalNumber(
		context,
		values.deliveryDays,
		field('Delivery Days'),
		itemIndex,
		{
			min: 0,
			integer: true,
		},
	);
	if (deliveryDays !== undefined) body.deliveryDays = deliveryDays;
	for (const [key, label] of [
		['promisedDeliveryByTime', 'Promised Delivery By'],
		['promisedShipByTime', 'Promised Ship By'],
	]) {
		if (values[key] !== undefined && values[key] !== '')
			body[key] = normalizeDateTime(context, values[key], field(label), itemIndex);
	}
	const shipMethod = optionalText(context, values.shipMethod, field('Ship Method'), itemIndex, 100);
	if (shipMethod) body.shipMethod = shipMethod;
	const subscription = optionalBoolean(
		context,
		values.isSubscriptionOrder,
		field('Is Subscription Order'),
		itemIndex,
	);
	if (subscription !== undefined) body.isSubscriptionOrder = subscription;
	const source = optionalText(context, values.source, field('Source'), itemIndex, 100);
	if (source) body.source = source;
	if (values.duties !== undefined && values.duties !== '') {
		const duties = parseObject(context, values.duties, field('Duties (JSON)'), itemIndex);
		for (const key of [
			'merchantOfRecordAccountId',
			'merchantOfRecordOrderId',
			'merchantOfRecordProvider',
		])
			if (typeof duties[key] !== 'string' || duties[key] === '')
				failParameter(context, itemIndex, `"${field('Duties (JSON)')}" needs "${key}"`);
		body.duties = duties;
	}
	return body;
}

/** CreateOrderInput202307: externalOrderId, address and lineItems, then the additional fields. */
export function readCreateOrderBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return {
		externalOrderId: textParameter(context, 'externalOrderId', 'External Order ID', itemIndex, 255),
		address: readShippingAddress(context, itemIndex),
		lineItems: readOrderLineItems(context, itemIndex),
		...readOrderFields(context, itemIndex),
	};
}
