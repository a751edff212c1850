/** Bodies and queries of products and inventory (CreateProductModel, InventoryPool, SKU lists). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseTextList } from '../../shared/readers/json';
import { collectionValues, textParameter } from '../../shared/readers/parameters';
import {
	failParameter,
	requireNumber,
	requireOneOf,
	requireString,
	shown,
} from '../../shared/readers/values';
import { INVENTORY_POOLS, LENGTH_UNITS, WEIGHT_UNITS } from '../descriptions/product.description';
import { requireIdFormat } from './locators';

function fixedValue(values: IDataObject, name: string): IDataObject | undefined {
	const group = values[name] as IDataObject | undefined;
	const value = group?.value;
	return value && typeof value === 'object' ? (value as IDataObject) : undefined;
}

/** Dimension (products) and ParcelDimensions (parcels): three sides, a weight, their units. */
export function readDimensions(
	context: IExecuteFunctions,
	value: IDataObject,
	itemIndex: number,
	parent = 'Additional Fields → Dimensions',
): IDataObject {
	const field = (label: string) => `${parent} → ${label}`;
	const positive = (key: string, label: string) => {
		const result = requireNumber(context, value[key], field(label), itemIndex, { min: 0 });
		if (result === 0) failParameter(context, itemIndex, `"${field(label)}" must be more than 0`);
		return result;
	};
	return {
		length: positive('length', 'Length'),
		width: positive('width', 'Width'),
		height: positive('height', 'Height'),
		lengthUnit: requireOneOf(
			context,
			value.lengthUnit,
			LENGTH_UNITS,
			field('Length Unit'),
			itemIndex,
		),
		weight: positive('weight', 'Weight'),
		weightUnit: requireOneOf(
			context,
			value.weightUnit,
			WEIGHT_UNITS,
			field('Weight Unit'),
			itemIndex,
		),
	};
}

function readCustoms(
	context: IExecuteFunctions,
	value: IDataObject,
	itemIndex: number,
): IDataObject {
	const field = (label: string) => `Additional Fields → Customs Information → ${label}`;
	const country = String(value.originCountry ?? '')
		.trim()
		.toUpperCase();
	if (!/^[A-Z]{2}$/.test(country))
		failParameter(
			context,
			itemIndex,
			`"${field('Origin Country')}" must be a two-letter country code such as CN, but got ${shown(value.originCountry)}`,
		);
	const tariff = String(value.tariffCode ?? '').replace(/[.\s]/g, '');
	if (!/^\d{10}$/.test(tariff))
		failParameter(
			context,
			itemIndex,
			`"${field('Tariff Code')}" must be 10 digits, but got ${shown(value.tariffCode)}`,
		);
	return {
		originCountry: country,
		tariffCode: tariff,
		customsValue: requireNumber(context, value.customsValue, field('Customs Value'), itemIndex, {
			min: 0.01,
		}),
		description: requireString(
			context,
			value.description,
			field('Description'),
			itemIndex,
			255,
		).trim(),
	};
}

/** CreateProductModel: name and merchantSku, optionally dimensions and customs information. */
export function readCreateProductBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const body: IDataObject = {
		name: textParameter(context, 'name', 'Name', itemIndex, 255),
		merchantSku: textParameter(context, 'merchantSku', 'Merchant SKU', itemIndex, 255),
	};
	const dimensions = fixedValue(values, 'dimensions');
	if (dimensions) body.dimensions = readDimensions(context, dimensions, itemIndex);
	const customs = fixedValue(values, 'customsInformation');
	if (customs) body.customsInformation = readCustoms(context, customs, itemIndex);
	return body;
}

/** `poolName` (and `aggregatePacks`) from the Options collection, for the inventory reads. */
export function readInventoryQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = collectionValues(context, 'options', itemIndex);
	const qs: IDataObject = {};
	if (options.poolName !== undefined && options.poolName !== '')
		qs.poolName = requireOneOf(
			context,
			options.poolName,
			INVENTORY_POOLS,
			'Options → Inventory Pool',
			itemIndex,
		);
	if (options.aggregatePacks !== undefined) {
		if (typeof options.aggregatePacks !== 'boolean')
			failParameter(context, itemIndex, '"Options → Aggregate Packs" must be true or false');
		qs.aggregatePacks = options.aggregatePacks;
	}
	return qs;
}

/** A comma-separated list (or an array) of Logistics SKUs, each checked, at most 1000. */
export function readSkuList(context: IExecuteFunctions, itemIndex: number): string[] {
	const field = 'Logistics SKUs';
	const skus = parseTextList(context.getNodeParameter('logisticsSkus', itemIndex, ''));
	if (skus.length === 0) failParameter(context, itemIndex, `"${field}" needs at least one SKU`);
	if (skus.length > 1000) failParameter(context, itemIndex, `"${field}" has more than 1000 SKUs`);
	return [
		...new Set(skus.map((sku) => requireIdFormat(context, sku, 'logisticsSku', field, itemIndex))),
	];
}
