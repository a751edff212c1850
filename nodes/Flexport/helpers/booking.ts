/** Booking bodies: container counts, product descriptions and the mode's details (Booking → Create, Booking Amendment). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	BOOKING_MODES,
	CONTAINER_SIZES,
	INCOTERMS,
	TRUCKING_PAYMENT_TERMS,
} from '../descriptions/enums';
import { parseJsonParameter } from './json';
import { assignDefined, readFields } from './parameters';
import {
	failParameter,
	optionalBoolean,
	optionalNumber,
	optionalText,
	requireBoolean,
	requireOneOf,
} from './values';

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

const PRODUCT_DESCRIPTION_KEYS = [
	'description',
	'hs_code',
	'description_for_export_customs',
	'description_for_export_customs_locale',
] as const;

const DETAIL_FIELD_NAMES: Record<string, string> = {
	wants_delivery_service: 'Wants Delivery Service',
	description_of_products: 'Description of Products',
};

function detailFieldName(collection: string, name: string): string {
	const label = DETAIL_FIELD_NAMES[name] ?? name.replace(/_/g, ' ');
	return `${collection} → ${label}`;
}

/** Booking → Create: the ocean_booking / air_booking / trucking_booking object for the chosen mode. */
export function readBookingModeDetail(
	context: IExecuteFunctions,
	mode: (typeof BOOKING_MODES)[number],
	itemIndex: number,
): IDataObject {
	if (mode === 'trucking') {
		const options = context.getNodeParameter('truckingOptions', itemIndex, {}) as IDataObject;
		const detail: IDataObject = {
			is_ltl: requireBoolean(
				context,
				context.getNodeParameter('isLtl', itemIndex, false),
				'Is LTL',
				itemIndex,
			),
			payment_terms: requireOneOf(
				context,
				context.getNodeParameter('paymentTerms', itemIndex),
				TRUCKING_PAYMENT_TERMS,
				'Payment Terms',
				itemIndex,
			),
		};
		return assignDefined(detail, {
			description_of_products: optionalText(
				context,
				options.description_of_products,
				detailFieldName('Trucking Options', 'description_of_products'),
				itemIndex,
			),
		});
	}
	const detail: IDataObject = {
		incoterm: requireOneOf(
			context,
			context.getNodeParameter('incoterm', itemIndex),
			INCOTERMS,
			'Incoterm',
			itemIndex,
		),
		product_descriptions: parseProductDescriptions(
			context,
			context.getNodeParameter('productDescriptions', itemIndex),
			'Product Descriptions (JSON)',
			itemIndex,
			PRODUCT_DESCRIPTION_KEYS,
		),
		wants_pickup_service: requireBoolean(
			context,
			context.getNodeParameter('wantsPickupService', itemIndex, false),
			'Wants Pickup Service',
			itemIndex,
		),
	};
	const collection = mode === 'ocean' ? 'Ocean Options' : 'Air Options';
	const options = context.getNodeParameter(
		mode === 'ocean' ? 'oceanOptions' : 'airOptions',
		itemIndex,
		{},
	) as IDataObject;
	if (mode === 'ocean') {
		detail.is_lcl = requireBoolean(
			context,
			context.getNodeParameter('isLcl', itemIndex, false),
			'Is LCL',
			itemIndex,
		);
		const counts = context.getNodeParameter('containerCounts', itemIndex, {}) as IDataObject;
		detail.container_counts =
			readContainerCounts(context, counts, '', itemIndex, 'Container Counts → ') ?? {};
	}
	const field = (name: string) => detailFieldName(collection, name);
	const codes = Object.keys(options).filter((name) => name.includes('_port_'));
	return Object.assign(
		detail,
		readFields(context, options, ['wants_delivery_service'], itemIndex, field, optionalBoolean),
		readFields(context, options, codes, itemIndex, field, optionalText),
	);
}
