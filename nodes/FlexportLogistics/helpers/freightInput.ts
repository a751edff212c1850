/**
 * Bodies of freight quotes (DrayageQuoteRequest, QuoteRequest), checked field by field before
 * sending, and the readers freight orders share (./freightOrderInput.ts). Weights are pounds and
 * sizes inches: the only units the spec allows for freight.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectionValues, textParameter } from '../../shared/readers/parameters';
import {
	failParameter,
	optionalBoolean,
	requireNumber,
	requireOneOf,
} from '../../shared/readers/values';
import {
	LOCATION_TYPES,
	PACKAGE_TYPES,
	type FreightMode,
	type StopKind,
} from '../descriptions/freight.description';
import { withoutUndefined } from './inboundOutput';

export const TITLE: Record<StopKind, string> = { pickup: 'Pickup', delivery: 'Delivery' };
export const additional = (label: string) => `Additional Fields → ${label}`;

export function optionalOneOf<T extends string>(
	context: IExecuteFunctions,
	value: unknown,
	allowed: readonly T[],
	field: string,
	itemIndex: number,
): T | undefined {
	return value === undefined || value === ''
		? undefined
		: requireOneOf(context, value, allowed, field, itemIndex);
}

/** Additional Fields → Package Type of a drayage quote or order, when given. */
export const readPackageType = (context: IExecuteFunctions, values: IDataObject, i: number) =>
	optionalOneOf(context, values.packageType, PACKAGE_TYPES, additional('Package Type'), i);

export const wholeNumber = (context: IExecuteFunctions, value: unknown, field: string, i: number) =>
	requireNumber(context, value, field, i, { min: 1, integer: true });

export function positive(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
) {
	const number = requireNumber(context, value, field, itemIndex, { min: 0 });
	if (number === 0) failParameter(context, itemIndex, `"${field}" must be more than 0`);
	return number;
}

/** The location type and lift gate a stop may have (Additional Fields). */
export function stopFlags(
	context: IExecuteFunctions,
	values: IDataObject,
	kind: StopKind,
	i: number,
) {
	return {
		locationType: optionalOneOf(
			context,
			values[`${kind}LocationType`],
			LOCATION_TYPES,
			additional(`${TITLE[kind]} Location Type`),
			i,
		),
		liftGateRequired: optionalBoolean(
			context,
			values[`${kind}LiftGateRequired`],
			additional(`${TITLE[kind]} Lift Gate Required`),
			i,
		),
	};
}

/** DrayageQuoteRequest or QuoteRequest (LTL, FTL): the two locations and the load. */
export function readQuoteBody(
	context: IExecuteFunctions,
	itemIndex: number,
	mode: FreightMode,
): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const location = (kind: StopKind) =>
		withoutUndefined({
			zip: textParameter(context, `${kind}Zip`, `${TITLE[kind]} ZIP`, itemIndex, 20),
			...stopFlags(context, values, kind, itemIndex),
		});
	const body: IDataObject = {
		pickupDetails: location('pickup'),
		deliveryDetails: location('delivery'),
	};
	if (mode === 'DRAYAGE') {
		body.packageType = readPackageType(context, values, itemIndex);
		if (values.packageCount !== undefined)
			body.packageCount = wholeNumber(
				context,
				values.packageCount,
				additional('Package Count'),
				itemIndex,
			);
		return withoutUndefined(body);
	}
	body.palletCount = wholeNumber(
		context,
		context.getNodeParameter('palletCount', itemIndex, 0),
		'Pallet Count',
		itemIndex,
	);
	if (values.totalWeight !== undefined) {
		body.totalWeight = positive(
			context,
			values.totalWeight,
			additional('Total Weight (Pounds)'),
			itemIndex,
		);
		body.weightUnit = 'lb';
	}
	return body;
}
