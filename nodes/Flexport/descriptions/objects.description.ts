/**
 * How the user picks a Flexport object (resource locators: from a list, by ID, by link) and the
 * parameters of every "Get".
 */
import type { INodeProperties } from 'n8n-workflow';

import { FLEXPORT_OBJECTS, type FlexportObject, type IdKind } from '../objects';
import { simplify } from './common.description';
import { resolveLinksOptions } from './links.description';

const ID_PATTERNS: Record<IdKind, { capture: string; example: string; error: string }> = {
	numeric: {
		capture: '[1-9][0-9]*',
		example: '12345',
		error: 'Not a valid Flexport ID (digits only)',
	},
	token: {
		capture: '[A-Za-z0-9_-]+',
		example: '8VDcMWAo9-OyjP4DEDZ0qS',
		error: 'Not a valid Flexport ID (letters, digits, - and _)',
	},
};

/**
 * A resource locator for a Flexport object: search a list, paste an ID, or paste a link from
 * Flexport's web app or API (`…/shipments/12345`).
 */
export function resourceLocator(options: {
	name: string;
	displayName: string;
	searchMethod: string;
	urlSegment: string;
	required?: boolean;
	/** Network objects (companies, contacts, locations) and v3 documents have string IDs. */
	idKind?: IdKind;
}): INodeProperties {
	const segment = options.urlSegment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const idKind = options.idKind ?? 'numeric';
	const urlRegex = `https?://[^/]+/(?:[^?#]*/)?${segment}/(${ID_PATTERNS[idKind].capture})`;
	const idRegex = `^${ID_PATTERNS[idKind].capture}$`;
	const idExample = ID_PATTERNS[idKind].example;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${idExample}`,
				validation: [
					{
						type: 'regex',
						properties: { regex: idRegex, errorMessage: ID_PATTERNS[idKind].error },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://app.flexport.com/${options.urlSegment}/${idExample}`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: urlRegex,
							errorMessage: `Not a Flexport ${options.urlSegment} link`,
						},
					},
				],
				extractValue: { type: 'regex', regex: urlRegex },
			},
		],
	};
}

/** A Flexport object as a parameter: the object, its locator's name and label, and its list search. */
export interface ObjectTarget extends FlexportObject {
	/** Name of the locator parameter. */
	param: string;
	/** Label of the locator, also used in error messages. */
	displayName: string;
	/** listSearch method; without one the locator offers only "By ID" and "By URL". */
	searchMethod?: string;
}

const O = FLEXPORT_OBJECTS;

export const LOCATORS = {
	// Freight
	shipment: {
		...O.shipment,
		param: 'shipmentId',
		displayName: 'Shipment',
		searchMethod: 'searchShipments',
	},
	shipmentLeg: { ...O.shipmentLeg, param: 'shipmentLegId', displayName: 'Shipment Leg ID' },
	oceanContainer: {
		...O.oceanContainer,
		param: 'oceanContainerId',
		displayName: 'Ocean Container ID',
	},
	oceanContainerLeg: {
		...O.oceanContainerLeg,
		param: 'oceanContainerLegId',
		displayName: 'Ocean Container Leg ID',
	},
	booking: {
		...O.booking,
		param: 'bookingId',
		displayName: 'Booking',
		searchMethod: 'searchBookings',
	},
	bookingLineItem: {
		...O.bookingLineItem,
		param: 'bookingLineItemId',
		displayName: 'Booking Line Item ID',
	},
	purchaseOrder: {
		...O.purchaseOrder,
		param: 'purchaseOrderId',
		displayName: 'Purchase Order',
		searchMethod: 'searchPurchaseOrders',
	},
	purchaseOrderLineItem: {
		...O.purchaseOrderLineItem,
		param: 'purchaseOrderLineItemId',
		displayName: 'Purchase Order Line Item ID',
	},
	event: { ...O.event, param: 'eventId', displayName: 'Event ID' },
	// Network and products
	company: {
		...O.company,
		param: 'companyId',
		displayName: 'Company',
		searchMethod: 'searchCompanies',
	},
	companyEntity: { ...O.companyEntity, param: 'companyEntityId', displayName: 'Company Entity' },
	contact: {
		...O.contact,
		param: 'contactId',
		displayName: 'Contact',
		searchMethod: 'searchContacts',
	},
	location: {
		...O.location,
		param: 'locationId',
		displayName: 'Location',
		searchMethod: 'searchLocations',
	},
	product: {
		...O.product,
		param: 'productId',
		displayName: 'Product',
		searchMethod: 'searchProducts',
	},
	// Finance and documents
	invoice: { ...O.invoice, param: 'invoiceId', displayName: 'Invoice' },
	commercialInvoice: {
		...O.commercialInvoice,
		param: 'commercialInvoiceId',
		displayName: 'Commercial Invoice',
	},
	customsEntry: { ...O.customsEntry, param: 'customsEntryId', displayName: 'Customs Entry' },
	document: { ...O.document, param: 'documentId', displayName: 'Document' },
} satisfies Record<string, ObjectTarget>;

/** The company locator labelled "Company ID", for the objects created under a company. */
export const COMPANY_ID_TARGET: ObjectTarget = { ...LOCATORS.company, displayName: 'Company ID' };

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

/** The parameters of every "Get": the object's locator, Simplify, and Options → Resolve Links. */
export function getProperties(
	target: ObjectTarget,
	links: readonly string[] = [],
): INodeProperties[] {
	return [
		objectLocator(target),
		simplify,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: resolveLinksOptions(links),
		},
	];
}

/** An object given either by its Flexport ID (a locator) or by your ref for it (text). */
export interface IdOrRefChoice {
	/** The "… By" options parameter. */
	by: { name: string; displayName: string };
	/** How the options describe the object, e.g. "parent company". */
	noun: string;
	target: ObjectTarget;
	locatorDescription?: string;
	ref: { name: string; displayName: string; placeholder: string; description?: string };
}

/** The "… By" choice (ID is the default), the locator shown for ID and the ref shown for Ref. */
export function idOrRefFields(choice: IdOrRefChoice): INodeProperties[] {
	const { by, noun, ref } = choice;
	const shownFor = (value: 'id' | 'ref') => ({ show: { [by.name]: [value] } });
	return [
		{
			displayName: by.displayName,
			name: by.name,
			type: 'options',
			options: [
				{ name: 'ID', value: 'id', description: `Identify the ${noun} by its Flexport ID` },
				{ name: 'Ref', value: 'ref', description: `Identify the ${noun} by your ref for it` },
			],
			default: 'id',
		},
		{
			...objectLocator(choice.target),
			...(choice.locatorDescription ? { description: choice.locatorDescription } : {}),
			displayOptions: shownFor('id'),
		},
		{
			displayName: ref.displayName,
			name: ref.name,
			type: 'string',
			default: '',
			required: true,
			placeholder: ref.placeholder,
			...(ref.description ? { description: ref.description } : {}),
			displayOptions: shownFor('ref'),
		},
	];
}
