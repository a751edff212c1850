/** The body of "Create Return" (CreateReturnRequest) and the query of "Get Many" returns. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectionValues, textParameter } from '../../shared/readers/parameters';
import {
	failParameter,
	optionalText,
	requireNumber,
	requireOneOf,
	requireString,
} from '../../shared/readers/values';
import { RETURN_ITEM_TYPES, RETURN_STATUSES } from '../descriptions/return.description';
import { readTextFields, type TextField } from './inboundFields';
import { requireIdFormat } from './locators';
import { readDeliverrAddress } from './parcelInput';
import { readRows } from './rows';

const LABEL_FIELDS: TextField[] = [
	['carrier', 'Carrier', true, 100],
	['trackingCode', 'Tracking Code', true, 100],
	['trackingUrl', 'Tracking URL', false, 2000],
	['labelUrl', 'Label URL', false, 2000],
];

function readReturnItems(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const { rows, field } = readRows(context, 'returnItems', 'item', 'Return Items', itemIndex);
	return rows.map((row, index) => {
		const entry = `${field}, entry ${index + 1}`;
		const type = requireOneOf(
			context,
			row.type ?? 'LOGISTICS_SKU',
			RETURN_ITEM_TYPES,
			`${entry} → type`,
			itemIndex,
		);
		const identifier =
			type === 'LOGISTICS_SKU'
				? requireIdFormat(
						context,
						row.identifier,
						'logisticsSku',
						`${entry} → identifier`,
						itemIndex,
					)
				: requireString(context, row.identifier, `${entry} → identifier`, itemIndex, 255).trim();
		const quantity = requireNumber(context, row.quantity, `${entry} → quantity`, itemIndex, {
			min: 1,
			integer: true,
		});
		return { identifier, type, quantity };
	});
}

const nested = (value: unknown, key: string): IDataObject | undefined => {
	const inner = (value as IDataObject | undefined)?.[key];
	return inner && typeof inner === 'object' && !Array.isArray(inner)
		? (inner as IDataObject)
		: undefined;
};

/** CreateReturnRequest: rma, externalReturnId and returnItems, with a source address or a label. */
export function readCreateReturnBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const field = (label: string) => `Additional Fields → ${label}`;
	const body: IDataObject = {
		rma: textParameter(context, 'rma', 'RMA', itemIndex, 255),
		externalReturnId: textParameter(
			context,
			'externalReturnId',
			'External Return ID',
			itemIndex,
			255,
		),
		returnItems: readReturnItems(context, itemIndex),
	};
	const address = nested(values.sourceAddress, 'address');
	if (address)
		body.sourceAddress = readDeliverrAddress(context, address, field('Source Address'), itemIndex);
	const label = nested(values.externalLabel, 'label');
	if (label)
		body.externalLabel = readTextFields(
			context,
			label,
			LABEL_FIELDS,
			field('External Label'),
			itemIndex,
		);
	// Flexport's docs: the source address is required unless the label was bought externally.
	if (!body.sourceAddress && !body.externalLabel)
		failParameter(
			context,
			itemIndex,
			`"${field('Source Address')}" is required when no "${field('External Label')}" is given`,
		);
	const orderId = optionalText(
		context,
		values.logisticsOrderId,
		field('Original Order ID'),
		itemIndex,
	);
	if (orderId !== undefined)
		body.logisticsOrderId = requireIdFormat(
			context,
			orderId,
			'orderId',
			field('Original Order ID'),
			itemIndex,
		);
	return body;
}

/** The filters of GET /returns: text filters as given, Status as repeated `status` values. */
export function readReturnFilters(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'filters', itemIndex);
	const qs: IDataObject = {};
	for (const [key, label] of [
		['externalReturnId', 'External Return ID'],
		['rma', 'RMA'],
		['trackingCode', 'Tracking Code'],
	]) {
		const text = optionalText(context, values[key], `Filters → ${label}`, itemIndex, 255);
		if (text !== undefined) qs[key] = text;
	}
	const statuses = values.status;
	if (statuses !== undefined && statuses !== '') {
		const list = Array.isArray(statuses) ? statuses : [statuses];
		if (list.length)
			qs.status = list.map((status) =>
				requireOneOf(context, status, RETURN_STATUSES, 'Filters → Status', itemIndex),
			);
	}
	return qs;
}
