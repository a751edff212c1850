/** The node's resources and operations as types (as in n8n's Airtable v2 and Microsoft Outlook v2). */
import type { AllEntities, INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../shared/operations';

type FlexportNodeMap = {
	// Freight
	shipment: 'get' | 'getAll' | 'update';
	booking: 'create' | 'get' | 'getAll';
	bookingAmendment: 'create';
	bookingLineItem: 'create' | 'get' | 'getAll';
	carbonCalculation: 'create';
	event: 'get' | 'getAll';
	oceanContainer: 'get' | 'getAll';
	oceanContainerLeg: 'get' | 'getAll';
	port: 'getAll';
	purchaseOrder: 'create' | 'get' | 'getAll';
	purchaseOrderLineItem: 'get' | 'getAll';
	shipmentLeg: 'get' | 'getAll';
	tracking: 'create';
	// Network, finance and documents
	commercialInvoice: 'create' | 'get' | 'getAll' | 'getByInvoiceNumber' | 'update';
	company: 'create' | 'get' | 'getAll' | 'getMine' | 'update';
	companyEntity: 'create' | 'get' | 'getAll' | 'update';
	contact: 'create' | 'get' | 'getAll' | 'update';
	customsEntry: 'get' | 'getAll';
	document: 'download' | 'get' | 'getAll' | 'upload';
	invoice: 'get' | 'getAll';
	location: 'create' | 'get' | 'getAll' | 'update';
	product: 'create' | 'get' | 'getAll' | 'update';
	customApiCall: 'request';
};

/** One `{ resource, operation }` pair the node offers. */
export type FlexportType = AllEntities<FlexportNodeMap>;

export type FlexportResource = keyof FlexportNodeMap;

export type { OperationModule };

/** A `<Resource>.resource.ts` module: its Operation selector and one module per operation. */
export type ResourceModule<R extends FlexportResource> = { description: INodeProperties[] } & {
	[O in FlexportNodeMap[R]]: OperationModule;
};

/** Every resource with its module; `satisfies` checks each module offers its operations. */
export type FlexportResources = { [R in FlexportResource]: ResourceModule<R> };
