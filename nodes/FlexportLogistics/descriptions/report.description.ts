/** Parameter shapes of reports: the report type, the locator, and waiting and downloading. */
import type { INodeProperties } from 'n8n-workflow';

import { resultDownloadFields } from './asyncResult.description';
import { waitFields } from './inbound.description';
import { idMode } from './locators.description';

/** SellerReportType of spec/flexport-logistics-api.yaml. */
export const REPORT_TYPES = [
	'Billing-Invoices',
	'Billing-Credits_Balance',
	'Inbounds-Packages',
	'Orders-All_Orders',
	'Orders-Shipments',
	'Inventory-Levels_Today',
	'Inventory-Ecommerce_Transaction_History',
	'Inventory-Units_In_Long_Term_Storage',
	'Inventory-Ecommerce_Monthly_Reconciliation',
	'Inbounds-Monthly_Reconciliation',
	'Inbounds-Shipping_Plan_Reconciliation',
	'Inbounds-Inventory_Reconciliation',
	'Products-All_SKUs_With_Alias_Counts',
	'Products-Available_SKUs_With_No_Aliases',
	'Products-Available_SKUs_With_Alias_Counts',
	'Products-SKUs_With_Linked_Aliases',
	'Returns-All_Returns',
	'Returns-All_SKUs',
	'Claims-Claims_Submitted',
	'Pricing-Fulfillment_Fees',
	'Incident-Impact_Report',
	'Transfers-All_Transfers',
	'Reserve-Storage-Pallet-Inventory',
	'Reserve-Storage-Orders_And_Transfers',
	'Inventory-Lot_Tracking_FEFO_Single_Product',
	'Inventory-Lot_Tracking_FEFO_All_Products',
	'Parcel-All_Parcels',
] as const;

/** "Inventory-Levels_Today" → "Inventory: Levels Today". */
function reportTypeName(type: string): string {
	const [family, ...rest] = type.split('-');
	return `${family}: ${rest.join(' ').replace(/_/g, ' ')}`;
}

export const reportTypeField: INodeProperties = {
	displayName: 'Report Type',
	name: 'reportType',
	type: 'options',
	options: REPORT_TYPES.map((value) => ({ name: reportTypeName(value), value })).sort((a, b) =>
		a.name.localeCompare(b.name),
	),
	default: 'Inventory-Levels_Today',
	required: true,
	description: 'Which report to generate',
};

export const reportLocator: INodeProperties = {
	displayName: 'Report',
	name: 'reportReference',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: 'The report, by the report reference Generate returned',
	modes: [{ ...idMode('reportReference', 'report reference'), displayName: 'By Reference' }],
};

export const CSV_SUBJECT = 'the CSV file once the report is ready';

/** Wait Until Ready (the shared Wait for Result fields), and Download shown only while waiting. */
export function reportWaitFields(): INodeProperties[] {
	const [toggle, ...timing] = waitFields('the report is');
	return [
		{
			...toggle,
			displayName: 'Wait Until Ready',
			description:
				'Whether to check until the report is ready and return its download link; off returns the report reference at once',
		},
		...timing,
		...resultDownloadFields(CSV_SUBJECT, { waitForResult: [true] }),
	];
}
