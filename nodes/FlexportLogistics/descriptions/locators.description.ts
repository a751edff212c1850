/** Resource locators for the IDs users pick: orders, products (with list search) and bundles. */
import type { INodeProperties } from 'n8n-workflow';

/** ID formats from spec/flexport-logistics-api.yaml (orderId, logisticsSku, bundleId, shipmentId, bolId …). */
export const ID_FORMATS = {
	orderId: { regex: '^[0-9]{1,20}$', example: '1234567', hint: 'digits only' },
	logisticsSku: {
		regex: '^D[0-9A-Za-z]{10}$',
		example: 'DAB12CD34EF',
		hint: 'D followed by 10 letters or digits',
	},
	bundleId: {
		regex: '^B[0-9A-Za-z]{10}$',
		example: 'BAB12CD34EF',
		hint: 'B followed by 10 letters or digits',
	},
	shipmentId: { regex: '^[0-9]{1,18}$', example: '41001', hint: 'digits only' },
	freightOrderId: { regex: '^[0-9]{1,18}$', example: '62001', hint: 'digits only' },
	freightQuoteId: { regex: '^[0-9]{1,18}$', example: '81001', hint: 'digits only' },
	bolId: { regex: '^SL[0-9]{7}$', example: 'SL1234567', hint: 'SL followed by 7 digits' },
	parcelId: {
		regex: '^[0-9A-Za-z_-]{1,64}$',
		example: '310000000',
		hint: 'letters, digits, - or _',
	},
	trackingCode: {
		regex: '^[0-9A-Za-z-]{4,64}$',
		example: '9400001939277499339163',
		hint: '4 to 64 letters or digits',
	},
	parcelJobId: { regex: '^[0-9]{1,18}$', example: '7001', hint: 'digits only' },
	returnId: { regex: '^[0-9]{1,18}$', example: '3001', hint: 'digits only' },
	reportReference: {
		regex: '^[0-9A-Za-z_.-]{1,128}$',
		example: 'rpt_1a2b3c4d5e6f7a8b',
		hint: 'letters, digits, _, . or -',
	},
	webhookId: { regex: '^[0-9]{1,18}$', example: '501', hint: 'digits only' },
} as const;

export type IdFormat = keyof typeof ID_FORMATS;

/** The "By ID" mode of a locator, checked against the ID format. */
export function idMode(format: IdFormat, label: string) {
	const { regex, example, hint } = ID_FORMATS[format];
	return {
		displayName: 'By ID',
		name: 'id',
		type: 'string' as const,
		placeholder: `e.g. ${example}`,
		validation: [
			{
				type: 'regex' as const,
				properties: { regex, errorMessage: `Not a ${label} (${hint})` },
			},
		],
	};
}

/** An order by Flexport's order ID or by the External Order ID given when it was created. */
export function orderLocator(description: string): INodeProperties {
	return {
		displayName: 'Order',
		name: 'orderId',
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description,
		modes: [
			idMode('orderId', 'Flexport order ID'),
			{
				displayName: 'By External Order ID',
				name: 'externalId',
				type: 'string',
				placeholder: 'e.g. #1001 (the ID in your shop)',
			},
		],
	};
}

/** A product by its Logistics SKU (DSKU), searchable by name and merchant SKU. */
export function productLocator(
	overrides: Partial<INodeProperties> = {},
	name = 'logisticsSku',
): INodeProperties {
	return {
		displayName: 'Product',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The product, by its Logistics SKU (DSKU) that Flexport assigned',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchProducts', searchable: true },
			},
			idMode('logisticsSku', 'Logistics SKU'),
		],
		...overrides,
	};
}

/** A locator with only the "By ID" mode, for objects the API offers no list of. */
export function idLocator(
	name: string,
	displayName: string,
	format: IdFormat,
	description: string,
	label = `${displayName.toLowerCase()} ID`,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description,
		modes: [idMode(format, label)],
	};
}

/** A bundle by its bundle ID (BSKU); the API offers no bundle list to search. */
export function bundleLocator(): INodeProperties {
	return idLocator(
		'bundleId',
		'Bundle',
		'bundleId',
		'The bundle ID (BSKU) Flexport assigned when the bundle was created',
	);
}
