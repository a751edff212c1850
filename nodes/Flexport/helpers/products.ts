/** The product fields shared by Product → Create (Additional Fields) and Product → Update, as a body. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { keyValuePairs, parseObjectList } from './json';
import { assignDefined } from './parameters';
import { failParameter, optionalBoolean, optionalText } from './values';

export function productFieldsToBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	collection: string,
	itemIndex: number,
): IDataObject {
	const field = (name: string) => `${collection} → ${name}`;
	let classifications: IDataObject[] | undefined;
	if (fields.classifications !== undefined) {
		classifications = parseObjectList(
			context,
			fields.classifications,
			field('Classifications (JSON)'),
			itemIndex,
			['codes', 'region'],
		);
		classifications.forEach((entry, index) => {
			if (!Array.isArray(entry.codes))
				failParameter(
					context,
					itemIndex,
					`"${field('Classifications (JSON)')}": entry ${index + 1} needs "codes" as a list`,
				);
			entry.codes = entry.codes.map((code) => String(code));
		});
	}
	let suppliers: IDataObject[] | undefined;
	if (fields.suppliers !== undefined) {
		suppliers = parseObjectList(context, fields.suppliers, field('Suppliers (JSON)'), itemIndex, [
			'country_of_origin',
		]);
		suppliers.forEach((entry, index) => {
			if (entry.id === undefined && entry.ref === undefined)
				failParameter(
					context,
					itemIndex,
					`"${field('Suppliers (JSON)')}": entry ${index + 1} needs "id" or "ref"`,
				);
			if (entry.id !== undefined) entry.id = String(entry.id);
		});
	}
	const properties =
		fields.productProperties === undefined
			? undefined
			: keyValuePairs(
					context,
					fields.productProperties,
					field('Product Properties'),
					itemIndex,
					'property',
					{ key: 'type', value: 'value' },
				).map(([type, value]) => ({ type, value }));
	return assignDefined(
		{},
		{
			name: optionalText(context, fields.name, field('Name'), itemIndex),
			sku: optionalText(context, fields.sku, field('SKU'), itemIndex),
			description: optionalText(
				context,
				fields.description,
				field('Description'),
				itemIndex,
				10_000,
			),
			product_category: optionalText(
				context,
				fields.productCategory,
				field('Product Category'),
				itemIndex,
			),
			country_of_origin: optionalText(
				context,
				fields.countryOfOrigin,
				field('Country of Origin'),
				itemIndex,
			),
			client_verified: optionalBoolean(
				context,
				fields.clientVerified,
				field('Client Verified'),
				itemIndex,
			),
			product_properties: properties,
			classifications,
			suppliers,
		},
	);
}
