/** Parameter shapes of parcels: addresses, dimensions, the locators and the optional label fields. */
import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection } from './common.description';
import { idLocator, idMode } from './locators.description';
import { dimensionsField } from './product.description';

const text = (
	displayName: string,
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', ...extra });

/** DeliverrAddress: name, street1, city, state, zip and country are required. */
export function deliverrAddressField(
	name: string,
	displayName: string,
	description: string,
	required: boolean,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: 'Add Address',
		default: {},
		required,
		description,
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					text('Name', 'name', { required: true, placeholder: 'e.g. Jane Doe' }),
					text('Company', 'company'),
					text('Street 1', 'street1', { required: true, placeholder: 'e.g. 123 Main St' }),
					text('Street 2', 'street2'),
					text('City', 'city', { required: true, placeholder: 'e.g. Atlanta' }),
					text('State', 'state', {
						required: true,
						placeholder: 'e.g. GA',
						description: 'State, province or region code',
					}),
					text('ZIP', 'zip', { required: true, placeholder: 'e.g. 30318' }),
					text('Country', 'country', {
						required: true,
						placeholder: 'e.g. US',
						description: 'Country code such as US',
					}),
					text('Phone', 'phone'),
					text('Email', 'email', { placeholder: 'name@email.com' }),
					{
						displayName: 'Is Residential',
						name: 'isResidential',
						type: 'boolean',
						default: false,
						description: 'Whether the address is a home rather than a business',
					},
				],
			},
		],
	};
}

export const shipToAddressField = deliverrAddressField(
	'shipToAddress',
	'Ship To Address',
	'Where the parcel goes',
	true,
);

/** ParcelDimensions: all six values are required. */
export const parcelDimensionsField: INodeProperties = {
	...dimensionsField,
	required: true,
	description: 'Size and weight of the packed parcel',
};

export const serviceLevelField: INodeProperties = {
	displayName: 'Service Level',
	name: 'serviceLevel',
	type: 'string',
	default: 'STANDARD',
	required: true,
	placeholder: 'e.g. STANDARD',
	description: 'The delivery speed as Flexport names it, such as STANDARD',
};

/** A parcel by the ID Flexport returned when the label was bought. */
export function parcelLocator(description: string): INodeProperties {
	return idLocator('parcelId', 'Parcel', 'parcelId', description);
}

/** Tracking is read by parcel ID or by the carrier's tracking code. */
export function trackedParcelLocator(): INodeProperties {
	const byCode = idMode('trackingCode', 'tracking code');
	return {
		...parcelLocator('The parcel to track, by its parcel ID or by its tracking code'),
		modes: [
			idMode('parcelId', 'parcel ID'),
			{ ...byCode, displayName: 'By Tracking Code', name: 'trackingCode' },
		],
	};
}

export const parcelJobLocator = idLocator(
	'jobId',
	'Job',
	'parcelJobId',
	'The bulk parcel job, by the job ID Create Bulk Job returned',
);

/** The optional fields of CreateParcelRequestUnstable (and of each parcel of a bulk job). */
export const parcelAdditionalFields: INodeProperties = fieldsCollection('Additional Fields', [
	text('Customer Custom Field', 'customerCustomField', {
		description: 'Your own value, returned with the parcel and its tracking',
	}),
	text('Customer Parcel ID', 'customerParcelId', {
		placeholder: 'e.g. {{ $json.order_number }}',
		description: 'Your reference for the parcel',
	}),
	{
		displayName: 'Customs Items (JSON)',
		name: 'customsItems',
		type: 'json',
		default: JSON.stringify(
			[
				{
					code: 'MUG-350',
					description: 'Ceramic mug',
					quantity: 1,
					weight: 0.8,
					weightUnit: 'lb',
					value: 12,
					hsTariffCode: '6912004400',
					originCountry: 'CN',
				},
			],
			null,
			2,
		),
		description:
			'International parcels: each item with code, description, quantity, weight, weightUnit, value, hsTariffCode and originCountry',
	},
	text('Injection Location', 'injectionLocation', {
		description: 'Where the parcel enters the carrier network, as Flexport names it',
	}),
	{
		displayName: 'Is Return',
		name: 'isReturn',
		type: 'boolean',
		default: false,
		description: 'Whether the label is for a return to you',
	},
	text('Label Footer 1', 'customLabelFooter1', {
		description: 'Text printed in the label footer, 1 to 25 characters',
	}),
	text('Label Footer 2', 'customLabelFooter2', {
		description: 'A second footer line, up to 25 characters',
	}),
	{
		displayName: 'Label Format',
		name: 'labelFormat',
		type: 'options',
		options: [
			{ name: 'PNG', value: 'PNG' },
			{ name: 'ZPL (203 Dpi)', value: 'ZPL203' },
		],
		default: 'PNG',
	},
	text('Marketplace', 'marketplace', { placeholder: 'e.g. AMAZON' }),
	{
		displayName: 'Pickup Time',
		name: 'pickupDateTime',
		type: 'dateTime',
		default: '',
		description: 'When the carrier picks the parcel up',
	},
	deliverrAddressField('returnAddress', 'Return Address', 'Where a return goes', false),
	text('Service Level', 'serviceLevel', {
		placeholder: 'e.g. STANDARD',
		description: 'The delivery speed as Flexport names it',
	}),
	{
		displayName: 'Skip Address Validation',
		name: 'skipAddressValidation',
		type: 'boolean',
		default: false,
		description: 'Whether to buy the label without Flexport checking the address',
	},
]);
