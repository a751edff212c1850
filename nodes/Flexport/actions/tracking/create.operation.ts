/**
 * Tracking → Create: POST /tracking of API version 3 (spec/flexport-api-v3-additions.yaml,
 * TrackingCreate), for shipments Flexport does not forward. Answers Flexport's identifiers of the
 * visibility-only booking it creates.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	collectionLabels,
	fieldsCollection,
	metadataField,
	sortByDisplayName,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { parseMetadata, parseTextList } from '../../helpers/json';
import { assignDefined, collectionValues, readFields } from '../../helpers/parameters';
import { failParameter, normalizeDate, optionalText } from '../../helpers/values';
import { API_V3 } from '../../helpers/version';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const CONTAINER_NUMBER = /^[A-Z]{4}\d{7}$/;

const text = (displayName: string, name: string, description: string, placeholder: string) =>
	({ displayName, name, type: 'string', default: '', description, placeholder }) as INodeProperties;
const date = (displayName: string, name: string, description: string) =>
	({ displayName, name, type: 'dateTime', default: '', description }) as INodeProperties;

const additionalFieldOptions: INodeProperties[] = sortByDisplayName([
	text(
		'Master Bill of Lading Number',
		'master_bill_of_lading_number',
		'MBL of the shipment, with the carrier SCAC',
		'e.g. ONEYHKGA81416701',
	),
	text(
		'House Bill of Lading Number',
		'house_bill_of_lading_number',
		'HBL of the shipment',
		'e.g. MASA1234567',
	),
	text('SCAC Code', 'scac_code', 'Standard Carrier Alpha Code of the carrier', 'e.g. ONEY'),
	text('Forwarder Name', 'forwarder_name', 'Name of the freight forwarder', 'e.g. Acme Logistics'),
	date('Cargo Ready Date', 'cargo_ready_date', 'Date the cargo is ready'),
	date(
		'Target Delivery Date',
		'target_delivery_date',
		'Date you want the shipment at its final destination (not the port)',
	),
	date(
		'Planned Delivery Date',
		'planned_delivery_date',
		'Date the forwarder or carrier planned for arrival at the final destination',
	),
	metadataField({ lead: 'Tags for the tracked shipment,' }),
]);

const properties: INodeProperties[] = [
	{
		displayName: 'Container Numbers',
		name: 'containerNumbers',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. SEGU9316914, FCIU2109480',
		description: 'Comma-separated numbers of the containers to track (4 letters and 7 digits each)',
	},
	fieldsCollection('Additional Fields', additionalFieldOptions),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['tracking'], operation: ['create'] } },
	properties,
);

const label = collectionLabels('Additional Fields', additionalFieldOptions);

/** Container numbers as ISO 6346 writes them: owner code, category letter, serial and check digit. */
function containerNumbers(context: IExecuteFunctions, itemIndex: number): string[] {
	const numbers = parseTextList(context.getNodeParameter('containerNumbers', itemIndex, '')).map(
		(entry) => entry.replace(/\s+/g, '').toUpperCase(),
	);
	if (numbers.length === 0) failParameter(context, itemIndex, '"Container Numbers" is required');
	if (numbers.length > 100)
		failParameter(context, itemIndex, '"Container Numbers" lists more than 100 containers');
	for (const number of numbers) {
		if (!CONTAINER_NUMBER.test(number))
			failParameter(
				context,
				itemIndex,
				`"Container Numbers": ${JSON.stringify(number).slice(0, 40)} is not a container number such as MSCU1234567 (4 letters and 7 digits)`,
			);
	}
	return [...new Set(numbers)];
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body: IDataObject = { container_numbers: containerNumbers(this, itemIndex) };
	const fields = collectionValues(this, 'additionalFields', itemIndex);
	Object.assign(
		body,
		readFields(
			this,
			fields,
			[
				'master_bill_of_lading_number',
				'house_bill_of_lading_number',
				'scac_code',
				'forwarder_name',
			],
			itemIndex,
			label,
			optionalText,
		),
	);
	if (body.scac_code !== undefined && !/^[A-Za-z]{2,4}$/.test(body.scac_code as string))
		failParameter(this, itemIndex, `"${label('scac_code')}" must be 2 to 4 letters, such as ONEY`);
	for (const name of ['cargo_ready_date', 'target_delivery_date', 'planned_delivery_date']) {
		if (fields[name] !== undefined && fields[name] !== '')
			body[name] = normalizeDate(this, fields[name], label(name), itemIndex);
	}
	assignDefined(body, {
		metadata:
			fields.metadata === undefined
				? undefined
				: parseMetadata(this, fields.metadata, label('metadata'), itemIndex),
	});
	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.tracking.path, body, {
		apiVersion: API_V3,
	});
}
