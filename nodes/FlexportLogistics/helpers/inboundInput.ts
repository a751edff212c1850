/**
 * Bodies and queries of inbound shipments (CreateInboundShipmentRequestV4,
 * UpdateInboundShipmentRequestV3, PurchaseQuotesRequest), checked field by field before sending.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseObject, parseObjectList, parseTextList } from '../../shared/readers/json';
import { collectionValues, requireSomeFields } from '../../shared/readers/parameters';
import {
	failParameter,
	optionalBoolean,
	optionalNumber,
	optionalText,
	requireBoolean,
	requireNumber,
	requireOneOf,
	shown,
} from '../../shared/readers/values';
import { INBOUND_SHIPPING_OPTIONS } from '../descriptions/inbound.description';
import { LENGTH_UNITS, WEIGHT_UNITS } from '../descriptions/product.description';
import { readTextFields, type TextField } from './inboundFields';
import { readRows, skuAndQuantity } from './rows';

const ADDRESS_FIELDS: TextField[] = [
	['name', 'Name', false, 255],
	['company', 'Company', false, 255],
	['address1', 'Address Line 1', true, 255],
	['address2', 'Address Line 2', false, 255],
	['city', 'City', true, 255],
	['provinceCode', 'Province Code', true, 30],
	['zip', 'ZIP', true, 30],
	['countryCode', 'Country Code', true, 10],
	['phone', 'Phone', false, 30],
];

/** InboundAddress from the From Address fixed collection (`{ address: {...} }`). */
export function readInboundAddress(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	const address = ((value as IDataObject | undefined)?.address ?? {}) as IDataObject;
	const body = readTextFields(context, address, ADDRESS_FIELDS, field, itemIndex);
	const country = String(body.countryCode).toUpperCase();
	if (!/^[A-Z]{2}$/.test(country))
		failParameter(
			context,
			itemIndex,
			`"${field} → Country Code" must be a two-letter code such as US, but got ${shown(address.countryCode)}`,
		);
	body.countryCode = country;
	return body;
}

/** The optional size and weight of a package; every given value must be at least 0.01. */
function readPackageSize(
	context: IExecuteFunctions,
	entry: IDataObject,
	field: string,
	itemIndex: number,
): IDataObject {
	const size: IDataObject = {};
	for (const key of ['length', 'width', 'height', 'weight']) {
		const value = optionalNumber(context, entry[key], `${field} → ${key}`, itemIndex, {
			min: 0.01,
		});
		if (value !== undefined) size[key] = value;
	}
	const units = [
		['dimensionUnit', LENGTH_UNITS],
		['weightUnit', WEIGHT_UNITS],
	] as const;
	for (const [key, allowed] of units)
		if (entry[key] !== undefined)
			size[key] = requireOneOf(context, entry[key], allowed, `${field} → ${key}`, itemIndex);
	return size;
}

function readSkuQuantities(
	context: IExecuteFunctions,
	rows: unknown,
	field: string,
	itemIndex: number,
): IDataObject[] {
	if (!Array.isArray(rows) || rows.length === 0)
		failParameter(context, itemIndex, `"${field}" needs at least one item`);
	return rows.map((row: unknown, index) => {
		if (row === null || typeof row !== 'object')
			failParameter(context, itemIndex, `"${field}": entry ${index + 1} must be an object`);
		const { sku, quantity } = skuAndQuantity(
			context,
			row as IDataObject,
			'logisticsSku',
			field,
			index,
			itemIndex,
		);
		return { logisticsSku: sku, quantity };
	});
}

/** PackageInputUnstable[]: each package's items, how many identical packages, and its size. */
export function readNewPackages(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject[] {
	return parseObjectList(context, value, field, itemIndex).map((entry, index) => {
		const name = `${field}, entry ${index + 1}`;
		return {
			items: readSkuQuantities(context, entry.items, `${name} → items`, itemIndex),
			numberOfIdenticalPkgs: requireNumber(
				context,
				entry.numberOfIdenticalPkgs ?? 1,
				`${name} → numberOfIdenticalPkgs`,
				itemIndex,
				{ min: 1, integer: true },
			),
			...readPackageSize(context, entry, name, itemIndex),
		};
	});
}

/** UpdatePackageInput[]: existing packages by ID, with their new size or tracking. */
function readPackageUpdates(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject[] {
	return parseObjectList(context, value, field, itemIndex).map((entry, index) => {
		const name = `${field}, entry ${index + 1}`;
		const ids = parseTextList(entry.ids);
		if (ids.length === 0)
			failParameter(context, itemIndex, `"${name} → ids" needs the ID of at least one package`);
		const update: IDataObject = { ids, ...readPackageSize(context, entry, name, itemIndex) };
		for (const key of ['shippingProvider', 'trackingNumber']) {
			const text = optionalText(context, entry[key], `${name} → ${key}`, itemIndex, 255);
			if (text !== undefined) update[key] = text;
		}
		return update;
	});
}

/** CreateInboundShipmentRequestV4: from, prep and items typed; packages and plan optional. */
export function readCreateInboundBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const { rows, field } = readRows(context, 'shipmentItems', 'item', 'Items', itemIndex);
	const body: IDataObject = {
		from: readInboundAddress(
			context,
			context.getNodeParameter('fromAddress', itemIndex, {}),
			'From Address',
			itemIndex,
		),
		prep: {
			boxContentLabels: requireBoolean(
				context,
				context.getNodeParameter('boxContentLabels', itemIndex, false),
				'Box Content Labels',
				itemIndex,
			),
		},
		items: rows.map((row, index) => {
			const { sku, quantity } = skuAndQuantity(
				context,
				row,
				'logisticsSku',
				field,
				index,
				itemIndex,
			);
			return { logisticsSku: sku, quantity };
		}),
	};
	const values = collectionValues(context, 'additionalFields', itemIndex);
	if (values.packages !== undefined)
		body.packages = readNewPackages(
			context,
			values.packages,
			'Additional Fields → Packages (JSON)',
			itemIndex,
		);
	for (const [key, label] of [
		['shippingPlanName', 'Shipping Plan Name'],
		['shippingPlanExternalId', 'Shipping Plan External ID'],
	]) {
		const text = optionalText(context, values[key], `Additional Fields → ${label}`, itemIndex, 255);
		if (text !== undefined) body[key] = text;
	}
	return body;
}

type JsonReader = (
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
) => IDataObject | IDataObject[];

/** The JSON update fields. UpdateFreightInputV3 (pallets, pickup, BOL, PRO) is passed as given. */
const JSON_UPDATES: Array<[key: string, label: string, read: JsonReader]> = [
	['packages', 'Packages (JSON)', readPackageUpdates],
	['createPackages', 'New Packages (JSON)', readNewPackages],
	['freightDetails', 'Freight Details (JSON)', parseObject],
];

/** UpdateInboundShipmentRequestV3: only the fields the user added; at least one. */
export function readUpdateInboundBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'updateFields', itemIndex);
	const field = (label: string) => `Update Fields → ${label}`;
	const body: IDataObject = {};
	if (values.fromAddress !== undefined)
		body.from = readInboundAddress(context, values.fromAddress, field('From Address'), itemIndex);
	if (values.shippingOption !== undefined)
		body.shippingOption = requireOneOf(
			context,
			values.shippingOption,
			INBOUND_SHIPPING_OPTIONS,
			field('Shipping Option'),
			itemIndex,
		);
	const tracking = optionalText(
		context,
		values.packageTrackingNumber,
		field('Package Tracking Number'),
		itemIndex,
		255,
	);
	if (tracking !== undefined) body.packageTrackingNumber = tracking;
	const labels = optionalBoolean(
		context,
		values.boxContentLabels,
		field('Box Content Labels'),
		itemIndex,
	);
	if (labels !== undefined) body.prep = { boxContentLabels: labels };
	for (const [key, label, read] of JSON_UPDATES)
		if (values[key] !== undefined) body[key] = read(context, values[key], field(label), itemIndex);
	return requireSomeFields(context, body, 'Update Fields', itemIndex);
}

/** PurchaseQuotesRequest.quoteIds: whole numbers, from a comma list, a number or an array. */
export function readQuoteIds(context: IExecuteFunctions, itemIndex: number): number[] {
	const raw = context.getNodeParameter('quoteIds', itemIndex, '') as unknown;
	const entries = parseTextList(typeof raw === 'number' ? String(raw) : raw);
	if (entries.length === 0)
		failParameter(context, itemIndex, '"Quote IDs" needs at least one quote ID');
	return [
		...new Set(
			entries.map((entry) => {
				if (!/^\d{1,15}$/.test(entry))
					failParameter(
						context,
						itemIndex,
						`"Quote IDs" must hold whole numbers (the id of each quote), but got ${shown(entry)}`,
					);
				return Number(entry);
			}),
		),
	];
}

/** The optional `shippingOption` query of the quote operations (Options → Shipping Option). */
export function readShippingOptionQuery(
	context: IExecuteFunctions,
	itemIndex: number,
): IDataObject {
	const option = collectionValues(context, 'options', itemIndex).shippingOption;
	if (option === undefined || option === '') return {};
	return {
		shippingOption: requireOneOf(
			context,
			option,
			INBOUND_SHIPPING_OPTIONS,
			'Options → Shipping Option',
			itemIndex,
		),
	};
}
