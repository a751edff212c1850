import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	collectionLabels,
	fieldsCollection,
	sortByDisplayName,
	toOptions,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import {
	CARBON_TRANSPORTATION_MODES,
	FLIGHT_TYPES,
	LENGTH_UNITS,
	TRUCKING_SERVICE_TYPES,
	WEIGHT_UNITS,
} from '../../descriptions/enums';
import { parseObject } from '../../helpers/json';
import { readFields } from '../../helpers/parameters';
import {
	failParameter,
	optionalBoolean,
	optionalNumber,
	optionalText,
	requireNumber,
	requireOneOf,
} from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const number = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { numberPrecision: 6 },
	default: 0,
	description,
});

const unit = (
	displayName: string,
	name: string,
	units: readonly string[],
	unitDefault: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: units.map((value) => ({ name: value, value })),
	default: unitDefault,
});

const additionalFieldOptions: INodeProperties[] = sortByDisplayName([
	number('Weight', 'weight', 'Gross weight of the cargo, in Weight Unit (kg unless set)'),
	unit('Weight Unit', 'weightUnit', WEIGHT_UNITS, 'kg'),
	number(
		'Chargeable Weight',
		'chargeableWeight',
		'Chargeable weight of the cargo, in Chargeable Weight Unit (kg unless set)',
	),
	unit('Chargeable Weight Unit', 'chargeableWeightUnit', WEIGHT_UNITS, 'kg'),
	number(
		'Distance',
		'distance',
		"Distance travelled, in Distance Unit (cm unless set, as Flexport's Length object allows only cm and in)",
	),
	unit('Distance Unit', 'distanceUnit', LENGTH_UNITS, 'cm'),
	number(
		'Origin Latitude',
		'originLatitude',
		'Latitude of the origin, -90 to 90; needs Origin Longitude',
	),
	number(
		'Origin Longitude',
		'originLongitude',
		'Longitude of the origin, -180 to 180; needs Origin Latitude',
	),
	number(
		'Destination Latitude',
		'destinationLatitude',
		'Latitude of the destination, -90 to 90; needs Destination Longitude',
	),
	number(
		'Destination Longitude',
		'destinationLongitude',
		'Longitude of the destination, -180 to 180; needs Destination Latitude',
	),
	{
		displayName: 'Origin Address (JSON)',
		name: 'originAddress',
		type: 'json',
		default: '{\n  "city": "Shanghai",\n  "country_code": "CN"\n}',
		description:
			'Flexport Address object: street_address, city, state, country_code, zip and so on',
	},
	{
		displayName: 'Destination Address (JSON)',
		name: 'destinationAddress',
		type: 'json',
		default: '{\n  "city": "Los Angeles",\n  "country_code": "US"\n}',
		description:
			'Flexport Address object: street_address, city, state, country_code, zip and so on',
	},
	{
		displayName: 'Origin Port',
		name: 'origin_port',
		type: 'string',
		default: '',
		placeholder: 'e.g. PVG',
		description: 'Port or airport code of the origin',
	},
	{
		displayName: 'Destination Port',
		name: 'destination_port',
		type: 'string',
		default: '',
		placeholder: 'e.g. JFK',
		description: 'Port or airport code of the destination',
	},
	{
		displayName: 'Is Inland',
		name: 'is_inland',
		type: 'boolean',
		default: false,
		description: 'Whether the move is inland only',
	},
	{
		displayName: 'Is LCL',
		name: 'is_lcl',
		type: 'boolean',
		default: false,
		description: 'Whether ocean cargo ships as less than a container load',
	},
	{
		displayName: 'Flight Type',
		name: 'flightType',
		type: 'options',
		options: toOptions(FLIGHT_TYPES),
		default: 'unknown',
	},
	{
		displayName: 'Trucking Service Type',
		name: 'truckingServiceType',
		type: 'options',
		options: toOptions(TRUCKING_SERVICE_TYPES),
		default: 'ftl',
	},
	{
		displayName: 'TEUs',
		name: 'teus',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 1,
		description: 'Twenty-foot equivalent units of the shipment',
	},
]);

const properties: INodeProperties[] = [
	{
		displayName: 'Transportation Mode',
		name: 'transportationMode',
		type: 'options',
		options: toOptions(CARBON_TRANSPORTATION_MODES),
		default: 'ocean',
		required: true,
	},
	fieldsCollection('Additional Fields', additionalFieldOptions),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['carbonCalculation'], operation: ['create'] } },
	properties,
);

const label = collectionLabels('Additional Fields', additionalFieldOptions);

function quantity(
	context: IExecuteFunctions,
	fields: IDataObject,
	name: string,
	unitName: string,
	units: readonly string[],
	itemIndex: number,
): IDataObject | undefined {
	if (fields[name] === undefined || fields[name] === '') {
		if (fields[unitName] !== undefined)
			failParameter(context, itemIndex, `"${label(unitName)}" is set but "${label(name)}" is not`);
		return undefined;
	}
	return {
		value: requireNumber(context, fields[name], label(name), itemIndex, { min: 0 }),
		unit: requireOneOf(context, fields[unitName] ?? units[0], units, label(unitName), itemIndex),
	};
}

function coordinates(
	context: IExecuteFunctions,
	fields: IDataObject,
	side: 'origin' | 'destination',
	itemIndex: number,
): IDataObject | undefined {
	const latName = `${side}Latitude`;
	const lonName = `${side}Longitude`;
	const given = [fields[latName], fields[lonName]].filter(
		(value) => value !== undefined && value !== '',
	);
	if (given.length === 0) return undefined;
	if (given.length === 1)
		failParameter(
			context,
			itemIndex,
			`"${label(latName)}" and "${label(lonName)}" must be set together`,
		);
	const latitude = requireNumber(context, fields[latName], label(latName), itemIndex, { min: -90 });
	const longitude = requireNumber(context, fields[lonName], label(lonName), itemIndex, {
		min: -180,
	});
	if (latitude > 90) failParameter(context, itemIndex, `"${label(latName)}" must be at most 90`);
	if (longitude > 180) failParameter(context, itemIndex, `"${label(lonName)}" must be at most 180`);
	// Flexport's Coordinates object types both as strings.
	return { latitude: String(latitude), longitude: String(longitude) };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body: IDataObject = {
		transportation_mode: requireOneOf(
			this,
			this.getNodeParameter('transportationMode', itemIndex),
			CARBON_TRANSPORTATION_MODES,
			'Transportation Mode',
			itemIndex,
		),
	};
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const set = (key: string, value: unknown) => {
		if (value !== undefined) body[key] = value;
	};
	set('weight', quantity(this, fields, 'weight', 'weightUnit', WEIGHT_UNITS, itemIndex));
	set(
		'chargeable_weight',
		quantity(this, fields, 'chargeableWeight', 'chargeableWeightUnit', WEIGHT_UNITS, itemIndex),
	);
	set('distance', quantity(this, fields, 'distance', 'distanceUnit', LENGTH_UNITS, itemIndex));
	set('origin_coordinates', coordinates(this, fields, 'origin', itemIndex));
	set('destination_coordinates', coordinates(this, fields, 'destination', itemIndex));
	if (fields.originAddress !== undefined)
		body.origin_address = parseObject(
			this,
			fields.originAddress,
			label('originAddress'),
			itemIndex,
		);
	if (fields.destinationAddress !== undefined)
		body.destination_address = parseObject(
			this,
			fields.destinationAddress,
			label('destinationAddress'),
			itemIndex,
		);
	Object.assign(
		body,
		readFields(this, fields, ['origin_port', 'destination_port'], itemIndex, label, optionalText),
	);
	Object.assign(
		body,
		readFields(this, fields, ['is_inland', 'is_lcl'], itemIndex, label, optionalBoolean),
	);
	if (fields.flightType !== undefined)
		body.flight_type = requireOneOf(
			this,
			fields.flightType,
			FLIGHT_TYPES,
			label('flightType'),
			itemIndex,
		);
	if (fields.truckingServiceType !== undefined) {
		body.trucking_service_type = requireOneOf(
			this,
			fields.truckingServiceType,
			TRUCKING_SERVICE_TYPES,
			label('truckingServiceType'),
			itemIndex,
		);
	}
	// TEUs is a string in Flexport's schema.
	const teus = optionalNumber(this, fields.teus, label('teus'), itemIndex, { min: 0 });
	if (teus !== undefined) body.teus = String(teus);

	return await writeObject.call(
		this,
		itemIndex,
		'POST',
		FLEXPORT_OBJECTS.carbonCalculation.path,
		body,
	);
}
