/**
 * Bodies of freight orders (DrayageOrderRequest, LtlOrderRequest, FtlOrderRequest) and of the
 * cancellation (OrderCancelRequest): a booked quote, the pickup and delivery stops, the load.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseObjectList } from '../../shared/readers/json';
import { collectionValues, textParameter } from '../../shared/readers/parameters';
import {
	failParameter,
	normalizeDateTime,
	optionalBoolean,
	optionalText,
	requireEmail,
} from '../../shared/readers/values';
import type { FreightMode, StopKind } from '../descriptions/freight.description';
import {
	additional,
	positive,
	readPackageType,
	stopFlags,
	TITLE,
	wholeNumber,
} from './freightInput';
import { readTextFields, type TextField } from './inboundFields';
import { withoutUndefined } from './inboundOutput';
import { readIdLocator } from './locators';
import { readRows } from './rows';

const ADDRESS: TextField[] = [
	['company', 'Company', false, 255],
	['street1', 'Street', true, 255],
	['street2', 'Street Line 2', false, 255],
	['city', 'City', true, 255],
	['state', 'State', true, 60],
	['zip', 'ZIP', true, 20],
	['country', 'Country', true, 60],
];

const CONTACT: TextField[] = [
	['firstName', 'Contact First Name', true, 255],
	['lastName', 'Contact Last Name', true, 255],
	['phone', 'Contact Phone', true, 40],
];

function workingHours(context: IExecuteFunctions, values: IDataObject, kind: StopKind, i: number) {
	const label = (end: string) => additional(`${TITLE[kind]} Hours ${end}`);
	const start = optionalText(context, values[`${kind}HoursStart`], label('Start'), i, 20);
	const end = optionalText(context, values[`${kind}HoursEnd`], label('End'), i, 20);
	if (start === undefined && end === undefined) return undefined;
	for (const [value, field] of [
		[start, label('Start')],
		[end, label('End')],
	])
		if (!value || !/^([01]?\d|2[0-3]):[0-5]\d$/.test(value))
			failParameter(context, i, `"${field}" must be a time such as 08:00 (set both start and end)`);
	return { startTime: start, endTime: end };
}

/** OrderPickupDetails or OrderDeliveryDetails from the stop's fields and Additional Fields. */
function readStop(context: IExecuteFunctions, itemIndex: number, kind: StopKind): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const details = ((context.getNodeParameter(kind, itemIndex, {}) as IDataObject)?.details ??
		{}) as IDataObject;
	const field = TITLE[kind];
	const address = readTextFields(context, details, ADDRESS, field, itemIndex);
	const hours = workingHours(context, values, kind, itemIndex);
	if (hours) address.workingHours = hours;
	const reference = optionalText(
		context,
		values[`${kind}ReferenceNumber`],
		additional(`${field} Reference Number`),
		itemIndex,
		255,
	);
	return withoutUndefined({
		address,
		contact: {
			...readTextFields(context, details, CONTACT, field, itemIndex),
			email: requireEmail(context, details.email, `${field} → Contact Email`, itemIndex),
		},
		notes: optionalText(
			context,
			values[`${kind}Notes`],
			additional(`${field} Notes`),
			itemIndex,
			2000,
		),
		...stopFlags(context, values, kind, itemIndex),
		[kind === 'pickup' ? 'pickupReferenceNumber' : 'dropoffReferenceNumber']: reference,
		appointmentRequired:
			kind === 'delivery'
				? optionalBoolean(
						context,
						values.deliveryAppointmentRequired,
						additional('Delivery Appointment Required'),
						itemIndex,
					)
				: undefined,
	});
}

/** PackageDetails: one group of identical pallets (or packages of a container). */
function readPackageDetails(
	context: IExecuteFunctions,
	row: IDataObject,
	field: string,
	itemIndex: number,
): IDataObject {
	const name = (key: string) => `${field} → ${key}`;
	const pallet: IDataObject = {
		palletCount: wholeNumber(context, row.palletCount, name('palletCount'), itemIndex),
	};
	for (const key of ['length', 'width', 'height', 'weight'])
		pallet[key] = positive(context, row[key], name(key), itemIndex);
	pallet.stackable = optionalBoolean(context, row.stackable, name('stackable'), itemIndex);
	for (const key of ['freightClass', 'nmfcCode', 'subNmfcCode'])
		pallet[key] = optionalText(context, row[key], name(key), itemIndex, 40);
	return withoutUndefined({ ...pallet, dimensionUnit: 'in', weightUnit: 'lb' });
}

function readPallets(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const { rows, field } = readRows(context, 'pallets', 'pallet', 'Pallets', itemIndex);
	return rows.map((row, index) =>
		readPackageDetails(context, row, `${field}, entry ${index + 1}`, itemIndex),
	);
}

/** The booking of a quote as an order of its mode. */
export function readOrderBody(
	context: IExecuteFunctions,
	itemIndex: number,
	mode: FreightMode,
): IDataObject {
	const values = collectionValues(context, 'additionalFields', itemIndex);
	const quoteId = readIdLocator(context, 'quoteId', itemIndex, 'Quote', 'freightQuoteId');
	const body: IDataObject = {
		quoteId: Number(quoteId),
		deliveryDetails: readStop(context, itemIndex, 'delivery'),
		commodityDescription: optionalText(
			context,
			values.commodityDescription,
			additional('Commodity Description'),
			itemIndex,
			1000,
		),
		customerReferenceNumber: optionalText(
			context,
			values.customerReferenceNumber,
			additional('Customer Reference Number'),
			itemIndex,
			255,
		),
	};
	if (mode === 'DRAYAGE') {
		for (const [key, label] of [
			['portId', 'Port ID'],
			['containerId', 'Container ID'],
			['masterBolId', 'Master BOL ID'],
			['deliveryOrderDocumentKey', 'Delivery Order Document Key'],
			['packingListDocumentKey', 'Packing List Document Key'],
		])
			body[key] = textParameter(context, key, label, itemIndex, 1000);
		body.packageType = readPackageType(context, values, itemIndex);
		if (values.packages !== undefined) {
			const field = additional('Packages (JSON)');
			body.packages = parseObjectList(context, values.packages, field, itemIndex).map(
				(row, index) => readPackageDetails(context, row, `${field}, entry ${index + 1}`, itemIndex),
			);
		}
		return withoutUndefined(body);
	}
	body.pickupDetails = {
		...readStop(context, itemIndex, 'pickup'),
		cargoReadyDate: normalizeDateTime(
			context,
			context.getNodeParameter('cargoReadyDate', itemIndex, ''),
			'Cargo Ready Date',
			itemIndex,
		),
	};
	if (mode === 'LTL') body.pallets = readPallets(context, itemIndex);
	else {
		body.totalWeight = positive(
			context,
			context.getNodeParameter('totalWeight', itemIndex, 0),
			'Total Weight (Pounds)',
			itemIndex,
		);
		body.weightUnit = 'lb';
		body.palletCount = wholeNumber(
			context,
			context.getNodeParameter('palletCount', itemIndex, 0),
			'Pallet Count',
			itemIndex,
		);
	}
	return withoutUndefined(body);
}

/** OrderCancelRequest: the optional reason. */
export function readCancelBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const reason = optionalText(
		context,
		collectionValues(context, 'additionalFields', itemIndex).cancellationReason,
		additional('Cancellation Reason'),
		itemIndex,
		1000,
	);
	return reason === undefined ? {} : { cancellationReason: reason };
}
