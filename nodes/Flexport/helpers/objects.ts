/**
 * One description of every kind of Flexport object the node reads by ID — where it lives, how its
 * ID looks, how the user picks one — and the Get, ID and output helpers built on it.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	getLocatorId,
	type IdKind,
	resourceLocator,
	simplify,
} from '../descriptions/common.descriptions';
import { flexportApiRequest } from '../transport';
import { resolveLinks, resolveLinksOption, simplifyObject } from './output';
import { toItems } from './utils';

/** Where one kind of Flexport object lives and how its ID looks. */
export interface ObjectTarget {
	/** Name of the locator parameter. */
	param: string;
	/** Label of the locator, also used in error messages. */
	displayName: string;
	/** Collection path, e.g. `/network/contacts`. */
	path: string;
	idKind: IdKind;
	/** Last path segment in Flexport links, for the "By URL" mode. */
	urlSegment: string;
	/** listSearch method; without one the locator offers only "By ID" and "By URL". */
	searchMethod?: string;
}

export const TARGETS = {
	// Freight
	shipment: {
		param: 'shipmentId',
		displayName: 'Shipment',
		path: '/shipments',
		idKind: 'numeric',
		urlSegment: 'shipments',
		searchMethod: 'searchShipments',
	},
	shipmentLeg: {
		param: 'shipmentLegId',
		displayName: 'Shipment Leg ID',
		path: '/shipment_legs',
		idKind: 'numeric',
		urlSegment: 'shipment_legs',
	},
	oceanContainer: {
		param: 'oceanContainerId',
		displayName: 'Ocean Container ID',
		path: '/ocean/shipment_containers',
		idKind: 'numeric',
		urlSegment: 'shipment_containers',
	},
	oceanContainerLeg: {
		param: 'oceanContainerLegId',
		displayName: 'Ocean Container Leg ID',
		path: '/ocean/shipment_container_legs',
		idKind: 'numeric',
		urlSegment: 'shipment_container_legs',
	},
	booking: {
		param: 'bookingId',
		displayName: 'Booking',
		path: '/bookings',
		idKind: 'numeric',
		urlSegment: 'bookings',
		searchMethod: 'searchBookings',
	},
	bookingLineItem: {
		param: 'bookingLineItemId',
		displayName: 'Booking Line Item ID',
		path: '/booking_line_items',
		idKind: 'numeric',
		urlSegment: 'booking_line_items',
	},
	purchaseOrder: {
		param: 'purchaseOrderId',
		displayName: 'Purchase Order',
		path: '/purchase_orders',
		idKind: 'numeric',
		urlSegment: 'purchase_orders',
		searchMethod: 'searchPurchaseOrders',
	},
	purchaseOrderLineItem: {
		param: 'purchaseOrderLineItemId',
		displayName: 'Purchase Order Line Item ID',
		path: '/purchase_order_line_items',
		idKind: 'numeric',
		urlSegment: 'purchase_order_line_items',
	},
	event: {
		param: 'eventId',
		displayName: 'Event ID',
		path: '/events',
		idKind: 'numeric',
		urlSegment: 'events',
	},
	// Network and products
	company: {
		param: 'companyId',
		displayName: 'Company',
		path: '/network/companies',
		idKind: 'token',
		urlSegment: 'companies',
		searchMethod: 'searchCompanies',
	},
	companyEntity: {
		param: 'companyEntityId',
		displayName: 'Company Entity',
		path: '/network/company_entities',
		idKind: 'numeric',
		urlSegment: 'company_entities',
	},
	contact: {
		param: 'contactId',
		displayName: 'Contact',
		path: '/network/contacts',
		idKind: 'token',
		urlSegment: 'contacts',
		searchMethod: 'searchContacts',
	},
	location: {
		param: 'locationId',
		displayName: 'Location',
		path: '/network/locations',
		idKind: 'token',
		urlSegment: 'locations',
		searchMethod: 'searchLocations',
	},
	product: {
		param: 'productId',
		displayName: 'Product',
		path: '/products',
		idKind: 'numeric',
		urlSegment: 'products',
		searchMethod: 'searchProducts',
	},
	// Finance and documents
	invoice: {
		param: 'invoiceId',
		displayName: 'Invoice',
		path: '/invoices',
		idKind: 'token',
		urlSegment: 'invoices',
	},
	commercialInvoice: {
		param: 'commercialInvoiceId',
		displayName: 'Commercial Invoice',
		path: '/commercial_invoices',
		idKind: 'token',
		urlSegment: 'commercial_invoices',
	},
	customsEntry: {
		param: 'customsEntryId',
		displayName: 'Customs Entry',
		path: '/customs_entries',
		idKind: 'token',
		urlSegment: 'customs_entries',
	},
	document: {
		param: 'documentId',
		displayName: 'Document',
		path: '/documents',
		idKind: 'token',
		urlSegment: 'documents',
	},
} satisfies Record<string, ObjectTarget>;

/** The locator of a target: a full resource locator, or ID / URL only where there is no search. */
export function objectLocator(target: ObjectTarget): INodeProperties {
	const locator = resourceLocator({
		name: target.param,
		displayName: target.displayName,
		searchMethod: target.searchMethod ?? '',
		urlSegment: target.urlSegment,
		idKind: target.idKind,
	});
	if (target.searchMethod) return locator;
	return {
		...locator,
		default: { mode: 'id', value: '' },
		modes: (locator.modes ?? []).filter((mode) => mode.name !== 'list'),
	};
}

/** The checked ID from a target's locator (a plain string value works too). */
export function targetId(
	context: IExecuteFunctions,
	target: ObjectTarget,
	itemIndex: number,
): string {
	return getLocatorId(context, target.param, itemIndex, target.displayName, target.idKind);
}

/** Items for one object, simplified unless the operation's Simplify switch is off. */
export function objectItems(
	context: IExecuteFunctions,
	record: IDataObject,
	itemIndex: number,
): INodeExecutionData[] {
	const simple = context.getNodeParameter('simplify', itemIndex, true) as boolean;
	return toItems(context, simple ? simplifyObject(record) : record, itemIndex);
}

const getOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [resolveLinksOption],
};

/** The parameters of every "Get": the object's locator, Simplify, and Options → Resolve Links. */
export function getProperties(target: ObjectTarget): INodeProperties[] {
	return [objectLocator(target), simplify, getOptions];
}

/**
 * GET `<path>/<id>`: the body of every "Get" operation. Links named in Resolve Links are fetched
 * and embedded (the object is then output whole); otherwise Simplify applies.
 */
export async function getObject(
	this: IExecuteFunctions,
	itemIndex: number,
	target: ObjectTarget,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, target, itemIndex);
	const record = await flexportApiRequest.call(this, 'GET', `${target.path}/${id}`, {
		itemIndex,
	});
	const options = this.getNodeParameter('options', itemIndex, {}) as { resolveLinks?: string };
	if (options.resolveLinks)
		return toItems(
			this,
			await resolveLinks.call(this, record, options.resolveLinks, itemIndex),
			itemIndex,
		);
	return objectItems(this, record, itemIndex);
}

/** Sends a create (POST) or update (PATCH) and outputs the object Flexport returns. */
export async function writeObject(
	this: IExecuteFunctions,
	itemIndex: number,
	method: 'POST' | 'PATCH',
	path: string,
	body: IDataObject,
): Promise<INodeExecutionData[]> {
	const record = await flexportApiRequest.call(this, method, path, { body, itemIndex });
	return toItems(this, record, itemIndex);
}
