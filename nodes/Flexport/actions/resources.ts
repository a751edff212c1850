/** Every resource of the node: its selector entry and its operations module. */
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import * as shipment from './shipment/Shipment.resource';
// freight resources: imports
import * as booking from './booking/Booking.resource';
import * as bookingAmendment from './bookingAmendment/BookingAmendment.resource';
import * as bookingLineItem from './bookingLineItem/BookingLineItem.resource';
import * as carbonCalculation from './carbonCalculation/CarbonCalculation.resource';
import * as event from './event/Event.resource';
import * as oceanContainer from './oceanContainer/OceanContainer.resource';
import * as oceanContainerLeg from './oceanContainerLeg/OceanContainerLeg.resource';
import * as port from './port/Port.resource';
import * as purchaseOrder from './purchaseOrder/PurchaseOrder.resource';
import * as purchaseOrderLineItem from './purchaseOrderLineItem/PurchaseOrderLineItem.resource';
import * as shipmentLeg from './shipmentLeg/ShipmentLeg.resource';
// network, finance and document resources: imports
import * as commercialInvoice from './commercialInvoice/CommercialInvoice.resource';
import * as company from './company/Company.resource';
import * as companyEntity from './companyEntity/CompanyEntity.resource';
import * as contact from './contact/Contact.resource';
import * as customApiCall from './customApiCall/CustomApiCall.resource';
import * as customsEntry from './customsEntry/CustomsEntry.resource';
import * as document from './document/Document.resource';
import * as invoice from './invoice/Invoice.resource';
import * as location from './location/Location.resource';
import * as product from './product/Product.resource';

export interface OperationModule {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
}

export interface ResourceModule {
	description: INodeProperties[];
	[operation: string]: OperationModule | INodeProperties[];
}

export const resources: Array<{ option: INodePropertyOptions; module: ResourceModule }> = [
	{
		option: { name: 'Shipment', value: 'shipment' },
		module: shipment as unknown as ResourceModule,
	},
	// freight resources: entries
	{ option: { name: 'Booking', value: 'booking' }, module: booking as unknown as ResourceModule },
	{
		option: { name: 'Booking Amendment', value: 'bookingAmendment' },
		module: bookingAmendment as unknown as ResourceModule,
	},
	{
		option: { name: 'Booking Line Item', value: 'bookingLineItem' },
		module: bookingLineItem as unknown as ResourceModule,
	},
	{
		option: { name: 'Carbon Calculation', value: 'carbonCalculation' },
		module: carbonCalculation as unknown as ResourceModule,
	},
	{ option: { name: 'Event', value: 'event' }, module: event as unknown as ResourceModule },
	{
		option: { name: 'Ocean Container', value: 'oceanContainer' },
		module: oceanContainer as unknown as ResourceModule,
	},
	{
		option: { name: 'Ocean Container Leg', value: 'oceanContainerLeg' },
		module: oceanContainerLeg as unknown as ResourceModule,
	},
	{ option: { name: 'Port', value: 'port' }, module: port as unknown as ResourceModule },
	{
		option: { name: 'Purchase Order', value: 'purchaseOrder' },
		module: purchaseOrder as unknown as ResourceModule,
	},
	{
		option: { name: 'Purchase Order Line Item', value: 'purchaseOrderLineItem' },
		module: purchaseOrderLineItem as unknown as ResourceModule,
	},
	{
		option: { name: 'Shipment Leg', value: 'shipmentLeg' },
		module: shipmentLeg as unknown as ResourceModule,
	},
	// network, finance and document resources: entries
	{
		option: { name: 'Commercial Invoice', value: 'commercialInvoice' },
		module: commercialInvoice as unknown as ResourceModule,
	},
	{ option: { name: 'Company', value: 'company' }, module: company as unknown as ResourceModule },
	{
		option: { name: 'Company Entity', value: 'companyEntity' },
		module: companyEntity as unknown as ResourceModule,
	},
	{ option: { name: 'Contact', value: 'contact' }, module: contact as unknown as ResourceModule },
	{
		option: { name: 'Customs Entry', value: 'customsEntry' },
		module: customsEntry as unknown as ResourceModule,
	},
	{
		option: { name: 'Document', value: 'document' },
		module: document as unknown as ResourceModule,
	},
	{ option: { name: 'Invoice', value: 'invoice' }, module: invoice as unknown as ResourceModule },
	{
		option: { name: 'Location', value: 'location' },
		module: location as unknown as ResourceModule,
	},
	{ option: { name: 'Product', value: 'product' }, module: product as unknown as ResourceModule },
	{
		option: { name: 'Custom API Call', value: 'customApiCall' },
		module: customApiCall as unknown as ResourceModule,
	},
];

export function findOperation(resource: string, operation: string): OperationModule | undefined {
	const entry = resources.find((candidate) => candidate.option.value === resource);
	const module = entry?.module[operation];
	return module && !Array.isArray(module) && typeof module.execute === 'function'
		? module
		: undefined;
}

/** The Resource selector: alphabetical, with Custom API Call last as in n8n's own nodes. */
export function resourceOptions(): INodePropertyOptions[] {
	const options = resources
		.map((entry) => entry.option)
		.filter((option) => option.value !== 'customApiCall');
	options.sort((a, b) => a.name.localeCompare(b.name));
	const custom = resources.find((entry) => entry.option.value === 'customApiCall');
	return custom ? [...options, custom.option] : options;
}
