import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { containerCountFields, portCodeFields } from '../../descriptions/booking.description';
import {
	fieldsCollection,
	metadataField,
	nameField,
	simplify,
	sortByDisplayName,
	toOptions,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { BOOKING_MODES, INCOTERMS, TRUCKING_PAYMENT_TERMS } from '../../descriptions/enums';
import { parseProductDescriptions, readContainerCounts } from '../../helpers/booking';
import { parseMetadata, parseObject } from '../../helpers/json';
import { assignDefined, readFields, textParameter } from '../../helpers/parameters';
import {
	failParameter,
	normalizeDate,
	optionalBoolean,
	optionalText,
	requireBoolean,
	requireOneOf,
} from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const CARGO_EXAMPLE = `{
  "volume": { "value": 10.5, "unit": "cbm" },
  "weight": { "value": 2300, "unit": "kg" },
  "marks_and_numbers": "Fragile",
  "shipping_units": [{ "name": "Watches", "count": 9, "unit_type": "carton" }],
  "contains_hazmat": false
}`;

const PRODUCT_DESCRIPTION_KEYS = [
	'description',
	'hs_code',
	'description_for_export_customs',
	'description_for_export_customs_locale',
] as const;

const oceanOrAir = { show: { mode: ['ocean', 'air'] } };

const properties: INodeProperties[] = [
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
	{
		displayName: 'Ocean Options',
		name: 'oceanOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { mode: ['ocean'] } },
		options: sortByDisplayName([
			{
				displayName: 'Wants Delivery Service',
				name: 'wants_delivery_service',
				type: 'boolean',
				default: false,
				description: 'Whether Flexport should deliver the cargo to the destination address',
			},
			...portCodeFields('origin', ['us_cbp_port_code', 'loc_code']),
			...portCodeFields('destination', ['us_cbp_port_code', 'loc_code']),
		]),
	},
	{
		displayName: 'Air Options',
		name: 'airOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { mode: ['air'] } },
		options: sortByDisplayName([
			{
				displayName: 'Wants Delivery Service',
				name: 'wants_delivery_service',
				type: 'boolean',
				default: false,
				description: 'Whether Flexport should deliver the cargo to the destination address',
			},
			...portCodeFields('origin', ['us_cbp_port_code', 'loc_code', 'iata_code', 'icao_code']),
			...portCodeFields('destination', ['us_cbp_port_code', 'loc_code', 'iata_code', 'icao_code']),
		]),
	},
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

export const description = updateDisplayOptions(
	{ show: { resource: ['booking'], operation: ['create'] } },
	properties,
);

const DETAIL_FIELD_NAMES: Record<string, string> = {
	wants_delivery_service: 'Wants Delivery Service',
	description_of_products: 'Description of Products',
};

function detailFieldName(collection: string, name: string): string {
	const label = DETAIL_FIELD_NAMES[name] ?? name.replace(/_/g, ' ');
	return `${collection} → ${label}`;
}

/** The ocean_booking / air_booking / trucking_booking object for the chosen mode. */
function modeDetail(
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

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const text = (name: string, field: string) => textParameter(this, name, field, itemIndex);
	const mode = requireOneOf(
		this,
		this.getNodeParameter('mode', itemIndex),
		BOOKING_MODES,
		'Mode',
		itemIndex,
	);
	const body: IDataObject = {
		name: text('name', 'Name'),
		shipper_entity_ref: text('shipperEntityRef', 'Shipper Entity Ref'),
		consignee_entity_ref: text('consigneeEntityRef', 'Consignee Entity Ref'),
		origin_address_ref: text('originAddressRef', 'Origin Address Ref'),
		destination_address_ref: text('destinationAddressRef', 'Destination Address Ref'),
		cargo_ready_date: normalizeDate(
			this,
			this.getNodeParameter('cargoReadyDate', itemIndex),
			'Cargo Ready Date',
			itemIndex,
		),
		cargo: parseObject(this, this.getNodeParameter('cargo', itemIndex), 'Cargo (JSON)', itemIndex),
		[`${mode}_booking`]: modeDetail(this, mode, itemIndex),
	};

	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	if (additional.deliveryDate) {
		body.delivery_date = normalizeDate(
			this,
			additional.deliveryDate,
			'Additional Fields → Delivery Date',
			itemIndex,
		);
		if ((body.delivery_date as string) < (body.cargo_ready_date as string)) {
			failParameter(
				this,
				itemIndex,
				'"Additional Fields → Delivery Date" must not be before "Cargo Ready Date"',
			);
		}
	}
	assignDefined(body, {
		notify_party: optionalText(
			this,
			additional.notifyParty,
			'Additional Fields → Notify Party',
			itemIndex,
		),
		special_instructions: optionalText(
			this,
			additional.specialInstructions,
			'Additional Fields → Special Instructions',
			itemIndex,
		),
		wants_export_customs_service: optionalBoolean(
			this,
			additional.wantsExportCustomsService,
			'Additional Fields → Wants Export Customs Service',
			itemIndex,
		),
	});
	if (additional.metadata !== undefined && additional.metadata !== '') {
		body.metadata = parseMetadata(
			this,
			additional.metadata,
			'Additional Fields → Metadata (JSON)',
			itemIndex,
		);
	}

	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.booking.path, body, {
		output: 'simplify',
	});
}
