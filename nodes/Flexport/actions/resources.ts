/** Every resource of the node: its operations module, its selector entry, and the operation lookup. */
import type { INodePropertyOptions } from 'n8n-workflow';

import type { FlexportResource, FlexportResources, OperationModule } from '../node.type';
import { FLEXPORT_OBJECTS } from '../objects';
import * as booking from './booking/Booking.resource';
import * as bookingAmendment from './bookingAmendment/BookingAmendment.resource';
import * as bookingLineItem from './bookingLineItem/BookingLineItem.resource';
import * as carbonCalculation from './carbonCalculation/CarbonCalculation.resource';
import * as commercialInvoice from './commercialInvoice/CommercialInvoice.resource';
import * as company from './company/Company.resource';
import * as companyEntity from './companyEntity/CompanyEntity.resource';
import * as contact from './contact/Contact.resource';
import * as customApiCall from './customApiCall/CustomApiCall.resource';
import * as customsEntry from './customsEntry/CustomsEntry.resource';
import * as document from './document/Document.resource';
import * as event from './event/Event.resource';
import * as invoice from './invoice/Invoice.resource';
import * as location from './location/Location.resource';
import * as oceanContainer from './oceanContainer/OceanContainer.resource';
import * as oceanContainerLeg from './oceanContainerLeg/OceanContainerLeg.resource';
import * as port from './port/Port.resource';
import * as product from './product/Product.resource';
import * as purchaseOrder from './purchaseOrder/PurchaseOrder.resource';
import * as purchaseOrderLineItem from './purchaseOrderLineItem/PurchaseOrderLineItem.resource';
import * as shipment from './shipment/Shipment.resource';
import * as shipmentLeg from './shipmentLeg/ShipmentLeg.resource';
import * as tracking from './tracking/Tracking.resource';

/** In the order their parameters appear in the node's description. */
export const resources = {
	shipment,
	booking,
	bookingAmendment,
	bookingLineItem,
	carbonCalculation,
	event,
	oceanContainer,
	oceanContainerLeg,
	port,
	purchaseOrder,
	purchaseOrderLineItem,
	shipmentLeg,
	tracking,
	commercialInvoice,
	company,
	companyEntity,
	contact,
	customsEntry,
	document,
	invoice,
	location,
	product,
	customApiCall,
} satisfies FlexportResources;

const RESOURCE_NAMES = Object.keys(resources) as FlexportResource[];

function isOperationModule(value: unknown): value is OperationModule {
	return (
		value !== null &&
		typeof value === 'object' &&
		'execute' in value &&
		typeof value.execute === 'function'
	);
}

const OPERATIONS = new Map<string, OperationModule>(
	RESOURCE_NAMES.flatMap((resource) =>
		Object.entries(resources[resource])
			.filter((entry): entry is [string, OperationModule] => isOperationModule(entry[1]))
			.map(([operation, module]) => [`${resource}.${operation}`, module]),
	),
);

export function findOperation(resource: string, operation: string): OperationModule | undefined {
	return OPERATIONS.get(`${resource}.${operation}`);
}

function resourceLabel(resource: FlexportResource): string {
	return resource === 'customApiCall' ? 'Custom API Call' : FLEXPORT_OBJECTS[resource].label;
}

/** The Resource selector: alphabetical, with Custom API Call last as in n8n's own nodes. */
export function resourceOptions(): INodePropertyOptions[] {
	const options = RESOURCE_NAMES.filter((resource) => resource !== 'customApiCall').map(
		(resource) => ({ name: resourceLabel(resource), value: resource }),
	);
	options.sort((a, b) => a.name.localeCompare(b.name));
	return [...options, { name: resourceLabel('customApiCall'), value: 'customApiCall' }];
}

/** Every resource's parameters, in the order of `resources`. */
export function resourceProperties() {
	return RESOURCE_NAMES.flatMap((resource) => resources[resource].description);
}
