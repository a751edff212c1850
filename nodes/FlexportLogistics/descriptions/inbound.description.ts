/** Parameter shapes of inbound shipments: the locator, the origin address, packages, waiting. */
import type { INodeProperties } from 'n8n-workflow';

import { idMode } from './locators.description';

/** InboundShippingOption of spec/flexport-logistics-api.yaml. */
export const INBOUND_SHIPPING_OPTIONS = [
	'SPD_EXTERNAL',
	'SPD_INTERNAL',
	'LTL_EXTERNAL',
	'LTL_INTERNAL',
	'FTL_INTERNAL',
	'FREIGHT_EXTERNAL',
] as const;

const SHIPPING_OPTION_NAMES: Record<(typeof INBOUND_SHIPPING_OPTIONS)[number], string> = {
	SPD_EXTERNAL: 'Small Parcel, Own Carrier (SPD_EXTERNAL)',
	SPD_INTERNAL: 'Small Parcel, Flexport Carrier (SPD_INTERNAL)',
	LTL_EXTERNAL: 'LTL, Own Carrier (LTL_EXTERNAL)',
	LTL_INTERNAL: 'LTL, Flexport Freight (LTL_INTERNAL)',
	FTL_INTERNAL: 'FTL, Flexport Freight (FTL_INTERNAL)',
	FREIGHT_EXTERNAL: 'Freight, Own Carrier (FREIGHT_EXTERNAL)',
};

/** An inbound shipment by its numeric ID; the API offers no list of shipments to search. */
export function shipmentLocator(description: string): INodeProperties {
	return {
		displayName: 'Shipment',
		name: 'shipmentId',
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description,
		modes: [idMode('shipmentId', 'shipment ID')],
	};
}

export const shippingOptionField: INodeProperties = {
	displayName: 'Shipping Option',
	name: 'shippingOption',
	type: 'options',
	options: INBOUND_SHIPPING_OPTIONS.map((value) => ({
		name: SHIPPING_OPTION_NAMES[value],
		value,
	})).sort((a, b) => a.name.localeCompare(b.name)),
	default: 'SPD_EXTERNAL',
	description:
		'How the goods travel to Flexport: small parcel, LTL or FTL, by your carrier or Flexport',
};

const text = (
	displayName: string,
	name: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({ displayName, name, type: 'string', default: '', ...extra });

/** InboundAddress: address1, city, provinceCode, zip and countryCode are required. */
export function fromAddressField(required: boolean): INodeProperties {
	return {
		displayName: 'From Address',
		name: 'fromAddress',
		type: 'fixedCollection',
		placeholder: 'Add Address',
		default: {},
		required,
		description: 'Where the shipment is sent from (your supplier or warehouse)',
		options: [
			{
				displayName: 'Address',
				name: 'address',
				values: [
					text('Name', 'name', { placeholder: 'e.g. Jordan Kim' }),
					text('Company', 'company', { placeholder: 'e.g. Acme Outfitters' }),
					text('Address Line 1', 'address1', { required: true, placeholder: 'e.g. 200 Dock Rd' }),
					text('Address Line 2', 'address2'),
					text('City', 'city', { required: true, placeholder: 'e.g. Reno' }),
					text('Province Code', 'provinceCode', {
						required: true,
						placeholder: 'e.g. NV',
						description: 'State, province or region code, such as NV or QC',
					}),
					text('ZIP', 'zip', { required: true, placeholder: 'e.g. 89502' }),
					text('Country Code', 'countryCode', {
						required: true,
						placeholder: 'e.g. US',
						description: 'Two-letter country code such as US, CA or CN',
					}),
					text('Phone', 'phone', { placeholder: 'e.g. +16135551111' }),
				],
			},
		],
	};
}

export const PACKAGES_EXAMPLE = JSON.stringify(
	[
		{
			items: [{ logisticsSku: 'DAB12CD34EF', quantity: 24 }],
			numberOfIdenticalPkgs: 2,
			length: 18,
			width: 12,
			height: 10,
			dimensionUnit: 'in',
			weight: 22,
			weightUnit: 'lb',
		},
	],
	null,
	2,
);

/** PackageInputUnstable[]: identical boxes, each with the items it holds. */
export function packagesField(name: string, displayName: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'json',
		default: PACKAGES_EXAMPLE,
		description:
			'The boxes as a JSON array: each with items (logisticsSku, quantity), numberOfIdenticalPkgs, and optionally length, width, height, dimensionUnit (in, cm, mm, m), weight and weightUnit (oz, lb, g, kg)',
	};
}

/** Wait for Result, its timeout and interval, for an asynchronous operation. */
export function waitFields(subject: string): INodeProperties[] {
	const shown = { show: { waitForResult: [true] } };
	return [
		{
			displayName: 'Wait for Result',
			name: 'waitForResult',
			type: 'boolean',
			default: true,
			description: `Whether to check until ${subject} ready and return the result; off returns as soon as Flexport has accepted the request`,
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'waitTimeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 3600 },
			default: 120,
			description:
				'How long to wait at most; after that the item fails and says how to get the result later',
			displayOptions: shown,
		},
		{
			displayName: 'Check Every (Seconds)',
			name: 'pollInterval',
			type: 'number',
			typeOptions: { minValue: 0.1, maxValue: 300, numberPrecision: 1 },
			default: 5,
			description: 'How long to wait between two checks',
			displayOptions: shown,
		},
	];
}

/** Download as binary data, and the output field to put the file in. */
export function downloadFields(subject: string): INodeProperties[] {
	return [
		{
			displayName: 'Download',
			name: 'download',
			type: 'boolean',
			default: true,
			description: `Whether to download ${subject} as binary data; off returns only the link`,
		},
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the output binary field to put the file in',
			displayOptions: { show: { download: [true] } },
		},
	];
}
