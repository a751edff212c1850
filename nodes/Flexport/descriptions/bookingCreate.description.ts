/** Booking → Create parameters: parties, cargo, the mode's details and the Additional Fields. */
import type { INodeProperties } from 'n8n-workflow';

import { containerCountFields, portCodeFields } from './booking.description';
import {
	fieldsCollection,
	metadataField,
	nameField,
	simplify,
	sortByDisplayName,
	toOptions,
} from './common.description';
import { BOOKING_MODES, INCOTERMS, TRUCKING_PAYMENT_TERMS } from './enums';

const CARGO_EXAMPLE = `{
  "volume": { "value": 10.5, "unit": "cbm" },
  "weight": { "value": 2300, "unit": "kg" },
  "marks_and_numbers": "Fragile",
  "shipping_units": [{ "name": "Watches", "count": 9, "unit_type": "carton" }],
  "contains_hazmat": false
}`;

const oceanOrAir = { show: { mode: ['ocean', 'air'] } };

/** The Ocean / Air Options collection: the delivery service and the port codes the mode knows. */
function modeOptions(
	mode: 'ocean' | 'air',
	codes: Parameters<typeof portCodeFields>[1],
): INodeProperties {
	return {
		displayName: `${mode === 'ocean' ? 'Ocean' : 'Air'} Options`,
		name: `${mode}Options`,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { mode: [mode] } },
		options: sortByDisplayName([
			{
				displayName: 'Wants Delivery Service',
				name: 'wants_delivery_service',
				type: 'boolean',
				default: false,
				description: 'Whether Flexport should deliver the cargo to the destination address',
			},
			...portCodeFields('origin', codes),
			...portCodeFields('destination', codes),
		]),
	};
}

export const bookingCreateProperties: INodeProperties[] = [
	nameField('e.g. PO 123', 'Name of the booking'),
	{
		displayName: 'Shipper Entity Ref',
		name: 'shipperEntityRef',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. shipper_company_ltd',
		description: "Ref of the shipper's company entity in your Flexport network",
	},
	{
		displayName: 'Consignee Entity Ref',
		name: 'consigneeEntityRef',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. consignee_company_llc',
		description: "Ref of the consignee's company entity in your Flexport network",
	},
	{
		displayName: 'Origin Address Ref',
		name: 'originAddressRef',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. warehouse_cn',
		description: 'Ref of the pickup location in your Flexport network',
	},
	{
		displayName: 'Destination Address Ref',
		name: 'destinationAddressRef',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. warehouse_us',
		description: 'Ref of the delivery location in your Flexport network',
	},
	{
		displayName: 'Cargo Ready Date',
		name: 'cargoReadyDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Date the cargo is ready for pickup',
	},
	{
		displayName: 'Cargo (JSON)',
		name: 'cargo',
		type: 'json',
		required: true,
		default: CARGO_EXAMPLE,
		description:
			'Flexport Cargo object: volume, weight, marks_and_numbers, shipping_units and the contains_* flags',
	},
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: toOptions(BOOKING_MODES),
		default: 'ocean',
		description:
			'Transportation mode; the booking gets the matching ocean_booking, air_booking or trucking_booking details',
	},
	{
		displayName: 'Incoterm',
		name: 'incoterm',
		type: 'options',
		options: INCOTERMS.map((value) => ({ name: value, value })),
		default: 'FOB',
		displayOptions: oceanOrAir,
	},
	{
		displayName: 'Product Descriptions (JSON)',
		name: 'productDescriptions',
		type: 'json',
		required: true,
		default: '[\n  { "description": "Watches", "hs_code": "9101.00" }\n]',
		description:
			'List of products with description and hs_code; description_for_export_customs and description_for_export_customs_locale are optional',
		displayOptions: oceanOrAir,
	},
	{
		displayName: 'Wants Pickup Service',
		name: 'wantsPickupService',
		type: 'boolean',
		default: false,
		description: 'Whether Flexport should pick the cargo up at the origin address',
		displayOptions: oceanOrAir,
	},
	{
		displayName: 'Is LCL',
		name: 'isLcl',
		type: 'boolean',
		default: false,
		description: 'Whether the cargo ships as less than a container load',
		displayOptions: { show: { mode: ['ocean'] } },
	},
	{
		displayName: 'Container Counts',
		name: 'containerCounts',
		type: 'collection',
		placeholder: 'Add Container Size',
		default: {},
		options: containerCountFields(),
		displayOptions: { show: { mode: ['ocean'] } },
	},
	{
		displayName: 'Is LTL',
		name: 'isLtl',
		type: 'boolean',
		default: false,
		description: 'Whether the cargo ships as less than a truckload',
		displayOptions: { show: { mode: ['trucking'] } },
	},
	{
		displayName: 'Payment Terms',
		name: 'paymentTerms',
		type: 'options',
		options: toOptions(TRUCKING_PAYMENT_TERMS),
		default: 'prepaid',
		displayOptions: { show: { mode: ['trucking'] } },
	},
	modeOptions('ocean', ['us_cbp_port_code', 'loc_code']),
	modeOptions('air', ['us_cbp_port_code', 'loc_code', 'iata_code', 'icao_code']),
	{
		displayName: 'Trucking Options',
		name: 'truckingOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { mode: ['trucking'] } },
		options: [
			{
				displayName: 'Description of Products',
				name: 'description_of_products',
				type: 'string',
				default: '',
			},
		],
	},
	fieldsCollection('Additional Fields', [
		{
			displayName: 'Delivery Date',
			name: 'deliveryDate',
			type: 'dateTime',
			default: '',
			description: 'Date the cargo must be delivered by',
		},
		metadataField({ lead: 'Tags for the booking,' }),
		{
			displayName: 'Notify Party',
			name: 'notifyParty',
			type: 'string',
			default: '',
			placeholder: 'e.g. Jane Doe, jane@example.com',
			description: 'Who to notify on arrival',
		},
		{
			displayName: 'Special Instructions',
			name: 'specialInstructions',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
		{
			displayName: 'Wants Export Customs Service',
			name: 'wantsExportCustomsService',
			type: 'boolean',
			default: false,
			description: 'Whether Flexport should handle export customs',
		},
	]),
	simplify,
];
