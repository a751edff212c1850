import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { containerCountFields, portCodeFields } from '../../descriptions/booking.description';
import {
	collectionLabels,
	fieldsCollection,
	metadataField,
	sortByDisplayName,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { parseProductDescriptions, readContainerCounts } from '../../helpers/booking';
import { parseMetadata, parseObject } from '../../helpers/json';
import { readFields, targetId } from '../../helpers/parameters';
import { failParameter, normalizeDate, optionalBoolean, optionalText } from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const updateFieldOptions: INodeProperties[] = sortByDisplayName([
	{ displayName: 'New Name', name: 'new_name', type: 'string', default: '' },
	...containerCountFields('new_'),
	{
		displayName: 'New Wants Pickup Service',
		name: 'new_wants_pickup_service',
		type: 'boolean',
		default: false,
		description: 'Whether Flexport should pick the cargo up at the origin address',
	},
	{
		displayName: 'New Origin Address Ref',
		name: 'new_origin_address_ref',
		type: 'string',
		default: '',
		placeholder: 'e.g. warehouse_cn',
		description: 'Ref of the new pickup location in your Flexport network',
	},
	...portCodeFields('origin', ['us_cbp_port_code', 'loc_code'], 'new_'),
	...portCodeFields('destination', ['us_cbp_port_code', 'loc_code'], 'new_'),
	{
		displayName: 'New Cargo Ready Date',
		name: 'new_cargo_ready_date',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'New Product Descriptions (JSON)',
		name: 'new_product_descriptions',
		type: 'json',
		default: '[\n  { "description": "Watches", "hs_code": "9101.00" }\n]',
		description:
			'List of products with description and hs_code; description_for_export_customs is optional',
	},
	{
		displayName: 'New Cargo (JSON)',
		name: 'new_cargo',
		type: 'json',
		default: '{\n  "weight": { "value": 2300, "unit": "kg" }\n}',
		description:
			'Flexport Cargo object: volume, weight, marks_and_numbers, shipping_units and the contains_* flags',
	},
	metadataField({
		name: 'new_metadata',
		displayName: 'New Metadata (JSON)',
		lead: 'Tags for the booking,',
	}),
]);

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.booking),
	fieldsCollection('Update Fields', updateFieldOptions, {
		description: 'What to change; Flexport reviews the amendment before applying it',
	}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bookingAmendment'], operation: ['create'] } },
	properties,
);

const label = collectionLabels('Update Fields', updateFieldOptions);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const bookingId = targetId(this, LOCATORS.booking, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { booking_id: Number(bookingId) };

	const texts = [
		'new_name',
		'new_origin_address_ref',
		...Object.keys(fields).filter((name) => name.includes('_port_')),
	];
	Object.assign(body, readFields(this, fields, texts, itemIndex, label, optionalText));
	Object.assign(
		body,
		readFields(this, fields, ['new_wants_pickup_service'], itemIndex, label, optionalBoolean),
	);
	const counts = readContainerCounts(this, fields, 'new_', itemIndex, 'Update Fields → ');
	if (counts) body.new_container_counts = counts;
	if (fields.new_cargo_ready_date)
		body.new_cargo_ready_date = normalizeDate(
			this,
			fields.new_cargo_ready_date,
			label('new_cargo_ready_date'),
			itemIndex,
		);
	if (fields.new_product_descriptions !== undefined) {
		body.new_product_descriptions = parseProductDescriptions(
			this,
			fields.new_product_descriptions,
			label('new_product_descriptions'),
			itemIndex,
			['description', 'hs_code', 'description_for_export_customs'],
		);
	}
	if (fields.new_cargo !== undefined)
		body.new_cargo = parseObject(this, fields.new_cargo, label('new_cargo'), itemIndex);
	if (fields.new_metadata !== undefined)
		body.new_metadata = parseMetadata(this, fields.new_metadata, label('new_metadata'), itemIndex);

	if (Object.keys(body).length === 1) {
		failParameter(this, itemIndex, '"Update Fields" is empty: add at least one change to request');
	}
	return await writeObject.call(
		this,
		itemIndex,
		'POST',
		FLEXPORT_OBJECTS.bookingAmendment.path,
		body,
	);
}
