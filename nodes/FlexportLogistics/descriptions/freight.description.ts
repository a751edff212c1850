/** Parameter shapes of freight: locators, quote locations, pickup and delivery stops, pallets. */
import type { INodeProperties } from 'n8n-workflow';

import { rowsInput } from './common.description';
import { idLocator } from './locators.description';

export type FreightMode = 'DRAYAGE' | 'LTL' | 'FTL';
export type StopKind = 'pickup' | 'delivery';

/** LocationType and PackageType of spec/flexport-logistics-api.yaml. */
export const LOCATION_TYPES = [
	'COMMERCIAL',
	'RESIDENTIAL',
	'MARITIME_PORT',
	'AIRPORT',
	'MILITARY_BASE',
] as const;
export const PACKAGE_TYPES = ['PALLETS', 'CARTONS'] as const;

const title = (kind: StopKind) => (kind === 'pickup' ? 'Pickup' : 'Delivery');

export const freightOrderLocator = (description: string) =>
	idLocator('orderId', 'Freight Order', 'freightOrderId', description);

export const freightQuoteLocator = (description: string) =>
	idLocator('quoteId', 'Quote', 'freightQuoteId', description, 'freight quote ID');

export const bolLocator = () =>
	idLocator(
		'bolId',
		'BOL',
		'bolId',
		'The customer bill of lading ID of the freight order (customerBolId), such as SL1234567',
		'BOL ID',
	);

export const locationTypeField = (kind: StopKind): INodeProperties => ({
	displayName: `${title(kind)} Location Type`,
	name: `${kind}LocationType`,
	type: 'options',
	options: LOCATION_TYPES.map((value) => ({
		name: value.charAt(0) + value.slice(1).toLowerCase().replace('_', ' '),
		value,
	})),
	default: 'COMMERCIAL',
});

export const liftGateField = (kind: StopKind): INodeProperties => ({
	displayName: `${title(kind)} Lift Gate Required`,
	name: `${kind}LiftGateRequired`,
	type: 'boolean',
	default: false,
	description: `Whether the ${kind} needs a truck with a lift gate (no loading dock)`,
});

/** QuoteLocationDetails: the ZIP codes (required) of a quote. */
export const quoteZipFields: INodeProperties[] = (['pickup', 'delivery'] as const).map((kind) => ({
	displayName: `${title(kind)} ZIP`,
	name: `${kind}Zip`,
	type: 'string',
	default: '',
	required: true,
	placeholder: kind === 'pickup' ? 'e.g. 90021' : 'e.g. 89502',
	description: `Postal code of the ${kind} location`,
}));

export const packageTypeField: INodeProperties = {
	displayName: 'Package Type',
	name: 'packageType',
	type: 'options',
	options: [
		{ name: 'Cartons', value: 'CARTONS' },
		{ name: 'Pallets', value: 'PALLETS' },
	],
	default: 'PALLETS',
	description: 'How the goods in the container are packed',
};

const text = (
	displayName: string,
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', ...extra });

/** OrderPickupDetails / OrderDeliveryDetails: the address (FreightAddress) and the contact. */
export function stopField(kind: StopKind): INodeProperties {
	return {
		displayName: title(kind),
		name: kind,
		type: 'fixedCollection',
		placeholder: `Add ${title(kind)} Address`,
		default: {},
		required: true,
		description: `Where the freight is ${kind === 'pickup' ? 'picked up' : 'delivered'}, and who to call there`,
		options: [
			{
				displayName: 'Address and Contact',
				name: 'details',
				values: [
					text('Company', 'company'),
					text('Street', 'street1', { required: true, placeholder: 'e.g. 500 Warehouse Ave' }),
					text('Street Line 2', 'street2'),
					text('City', 'city', { required: true, placeholder: 'e.g. Los Angeles' }),
					text('State', 'state', { required: true, placeholder: 'e.g. CA' }),
					text('ZIP', 'zip', { required: true, placeholder: 'e.g. 90021' }),
					text('Country', 'country', { required: true, placeholder: 'e.g. US' }),
					text('Contact First Name', 'firstName', { required: true }),
					text('Contact Last Name', 'lastName', { required: true }),
					text('Contact Phone', 'phone', { required: true, placeholder: 'e.g. +1 213 555 0199' }),
					text('Contact Email', 'email', {
						required: true,
						placeholder: 'e.g. name@email.com',
					}),
				],
			},
		],
	};
}

/** The optional fields of a stop, for the order's Additional Fields. */
export function stopOptions(kind: StopKind): INodeProperties[] {
	const name = title(kind);
	const options: INodeProperties[] = [
		locationTypeField(kind),
		liftGateField(kind),
		text(`${name} Notes`, `${kind}Notes`, { description: `Instructions for the ${kind}` }),
		text(`${name} Reference Number`, `${kind}ReferenceNumber`, {
			description: `Reference the ${kind} location knows the shipment by`,
		}),
		text(`${name} Hours Start`, `${kind}HoursStart`, {
			placeholder: 'e.g. 08:00',
			description: 'When the location opens (working hours)',
		}),
		text(`${name} Hours End`, `${kind}HoursEnd`, {
			placeholder: 'e.g. 17:00',
			description: 'When the location closes (working hours)',
		}),
	];
	if (kind === 'delivery')
		options.push({
			displayName: 'Delivery Appointment Required',
			name: 'deliveryAppointmentRequired',
			type: 'boolean',
			default: false,
			description: 'Whether the carrier must book a delivery appointment',
		});
	return options;
}

export const orderReferenceOptions: INodeProperties[] = [
	text('Commodity Description', 'commodityDescription', { placeholder: 'e.g. Ceramic mugs' }),
	text('Customer Reference Number', 'customerReferenceNumber', { placeholder: 'e.g. PO-2024-118' }),
];

const number = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	required: true,
	description,
});

export const PALLETS_EXAMPLE = JSON.stringify(
	[{ palletCount: 2, length: 48, width: 40, height: 50, weight: 800, stackable: true }],
	null,
	2,
);

/** PackageDetails rows: identical pallets, inches and pounds. */
export const palletRows = rowsInput({
	name: 'pallets',
	displayName: 'Pallets',
	rowName: 'pallet',
	rowDisplayName: 'Pallets',
	example: PALLETS_EXAMPLE,
	description:
		'Groups of identical pallets: count, size in inches and weight in pounds of one pallet, optionally stackable, freight class and NMFC code',
	values: [
		{ ...number('Pallet Count', 'palletCount', 'How many pallets of this size'), default: 1 },
		number('Length (in)', 'length', 'Length of one pallet in inches'),
		number('Width (in)', 'width', 'Width of one pallet in inches'),
		number('Height (in)', 'height', 'Height of one pallet in inches'),
		number('Weight (lb)', 'weight', 'Weight of one pallet in pounds'),
		{
			displayName: 'Stackable',
			name: 'stackable',
			type: 'boolean',
			default: false,
			description: 'Whether other pallets may be stacked on it',
		},
		text('Freight Class', 'freightClass', { placeholder: 'e.g. 70' }),
		text('NMFC Code', 'nmfcCode'),
		text('Sub NMFC Code', 'subNmfcCode'),
	],
});
