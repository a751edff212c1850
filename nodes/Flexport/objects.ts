/**
 * The one list of Flexport objects: where each lives in the API, what its records say in
 * `_object`, how its IDs look, and its name. The node's operations, its list searches, the
 * triggers take their paths from here; the credential check's path comes from
 * nodes/shared/freightSettings.ts, which the credentials share. No n8n imports.
 */

/** Freight objects have numeric IDs; network objects and v3 documents have string IDs. */
export type IdKind = 'numeric' | 'token';

export interface FlexportObject {
	/** Collection path, e.g. `/network/contacts`. */
	path: string;
	/** `_object` of one record. */
	objectType: string;
	/** Name shown to users (the node's Resource selector, event names). */
	label: string;
	idKind: IdKind;
	/** Last path segment in Flexport links (`…/shipments/12345`). */
	urlSegment: string;
	/** False where Flexport has no `GET <path>/<id>`. */
	byId?: false;
}

export const FLEXPORT_OBJECTS = {
	// Freight
	shipment: {
		path: '/shipments',
		objectType: '/shipment',
		label: 'Shipment',
		idKind: 'numeric',
		urlSegment: 'shipments',
	},
	shipmentLeg: {
		path: '/shipment_legs',
		objectType: '/shipment_leg',
		label: 'Shipment Leg',
		idKind: 'numeric',
		urlSegment: 'shipment_legs',
	},
	oceanContainer: {
		path: '/ocean/shipment_containers',
		objectType: '/ocean/shipment_container',
		label: 'Ocean Container',
		idKind: 'numeric',
		urlSegment: 'shipment_containers',
	},
	oceanContainerLeg: {
		path: '/ocean/shipment_container_legs',
		objectType: '/ocean/shipment_container_leg',
		label: 'Ocean Container Leg',
		idKind: 'numeric',
		urlSegment: 'shipment_container_legs',
	},
	booking: {
		path: '/bookings',
		objectType: '/booking',
		label: 'Booking',
		idKind: 'numeric',
		urlSegment: 'bookings',
	},
	bookingAmendment: {
		path: '/booking_amendments',
		objectType: '/booking_amendment',
		label: 'Booking Amendment',
		idKind: 'numeric',
		urlSegment: 'booking_amendments',
		byId: false,
	},
	bookingLineItem: {
		path: '/booking_line_items',
		objectType: '/purchase_orders/booking_line_item',
		label: 'Booking Line Item',
		idKind: 'numeric',
		urlSegment: 'booking_line_items',
	},
	purchaseOrder: {
		path: '/purchase_orders',
		objectType: '/purchase_order',
		label: 'Purchase Order',
		idKind: 'numeric',
		urlSegment: 'purchase_orders',
	},
	purchaseOrderLineItem: {
		path: '/purchase_order_line_items',
		objectType: '/purchase_orders/line_item',
		label: 'Purchase Order Line Item',
		idKind: 'numeric',
		urlSegment: 'purchase_order_line_items',
	},
	port: {
		path: '/ports',
		objectType: '/place',
		label: 'Port',
		idKind: 'numeric',
		urlSegment: 'ports',
		byId: false,
	},
	carbonCalculation: {
		path: '/carbon_calculation',
		objectType: '/carbon_calculation',
		label: 'Carbon Calculation',
		idKind: 'numeric',
		urlSegment: 'carbon_calculation',
		byId: false,
	},
	tracking: {
		path: '/tracking',
		objectType: '/tracking',
		label: 'Tracking',
		idKind: 'token',
		urlSegment: 'tracking',
		byId: false,
	},
	event: {
		path: '/events',
		objectType: '/event',
		label: 'Event',
		idKind: 'numeric',
		urlSegment: 'events',
	},
	// Network and products
	company: {
		path: '/network/companies',
		objectType: '/network/company',
		label: 'Company',
		idKind: 'token',
		urlSegment: 'companies',
	},
	companyEntity: {
		path: '/network/company_entities',
		objectType: '/company_entity',
		label: 'Company Entity',
		idKind: 'numeric',
		urlSegment: 'company_entities',
	},
	contact: {
		path: '/network/contacts',
		objectType: '/network/contact',
		label: 'Contact',
		idKind: 'token',
		urlSegment: 'contacts',
	},
	location: {
		path: '/network/locations',
		objectType: '/network/location',
		label: 'Location',
		idKind: 'token',
		urlSegment: 'locations',
	},
	product: {
		path: '/products',
		objectType: '/product',
		label: 'Product',
		idKind: 'numeric',
		urlSegment: 'products',
	},
	// Finance, customs and documents
	invoice: {
		path: '/invoices',
		objectType: '/invoice',
		label: 'Invoice',
		idKind: 'token',
		urlSegment: 'invoices',
	},
	commercialInvoice: {
		path: '/commercial_invoices',
		objectType: '/commercial_invoice',
		label: 'Commercial Invoice',
		idKind: 'token',
		urlSegment: 'commercial_invoices',
	},
	customsEntry: {
		path: '/customs_entries',
		objectType: '/customs_entry',
		label: 'Customs Entry',
		idKind: 'token',
		urlSegment: 'customs_entries',
	},
	document: {
		path: '/documents',
		objectType: '/document',
		label: 'Document',
		idKind: 'token',
		urlSegment: 'documents',
	},
} as const satisfies Record<string, FlexportObject>;

export type FlexportObjectName = keyof typeof FLEXPORT_OBJECTS;

/** The company the credentials belong to; the credential test calls it too (spelled there, once). */
export { CREDENTIAL_CHECK_PATH as MY_COMPANY_PATH } from '../shared/freightSettings';

/**
 * Other `_object` / `ref_type` spellings Flexport uses, in webhook events, for kinds of objects,
 * with the name events show for them and the object they can be fetched as (if any).
 */
const OTHER_SPELLINGS = new Map<string, { label: string; object?: FlexportObjectName }>([
	['/shipments', { label: 'Shipment' }],
	['/shipment_container_leg', { label: 'Container Leg', object: 'oceanContainerLeg' }],
	['/ocean/shipment_leg', { label: 'Ocean Shipment Leg' }],
]);

const BY_OBJECT_TYPE = new Map<string, FlexportObject>(
	Object.values(FLEXPORT_OBJECTS).map((object: FlexportObject) => [object.objectType, object]),
);

/** The name of a kind of object by its `_object` / `ref_type`, e.g. `/shipment_leg` → Shipment Leg. */
export function objectTypeLabel(objectType: string): string | undefined {
	return OTHER_SPELLINGS.get(objectType)?.label ?? BY_OBJECT_TYPE.get(objectType)?.label;
}

/** Where a record with this `_object` / `ref_type` can be fetched by ID (`<path>/<id>`), if anywhere. */
export function collectionPathOf(objectType: string): string | undefined {
	const other = OTHER_SPELLINGS.get(objectType);
	const name = other ? other.object : undefined;
	const object: FlexportObject | undefined = name
		? FLEXPORT_OBJECTS[name]
		: other
			? undefined
			: BY_OBJECT_TYPE.get(objectType);
	return object && object.byId !== false ? object.path : undefined;
}
