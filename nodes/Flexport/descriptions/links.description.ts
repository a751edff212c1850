/**
 * Options → Resolve Links of every "Get": the link fields of each resource to pick from (nested ones
 * by path), All Links, and free text for any other field or path. The lists follow the *Ref fields
 * of spec/flexport-api-v2.yaml and the refs spec/flexport-api-versions.md adds (a shipment's
 * `booking`); test/nodes/Flexport/descriptions/links.description.test.ts checks them.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { FlexportResource } from '../node.type';
import { humanize } from './common.description';

export const LINK_FIELDS: Partial<Record<FlexportResource, readonly string[]>> = {
	shipment: [
		'legs',
		'ocean_shipment.containers',
		'customs_entries',
		'commercial_invoices',
		'documents',
		'booking',
	],
	shipmentLeg: [
		'shipment',
		'ocean_leg.container_legs',
		'trucking_leg.container_legs',
		'rail_leg.container_legs',
	],
	oceanContainer: ['shipment', 'container_legs'],
	oceanContainerLeg: ['shipment_container', 'leg'],
	booking: ['shipment', 'booking_line_items'],
	bookingLineItem: ['booking', 'purchase_order_line_item'],
	purchaseOrder: ['line_items'],
	purchaseOrderLineItem: ['purchase_order', 'booking_line_items'],
	event: [
		'data.resource.shipment',
		'data.shipment.legs',
		'data.shipment.ocean_shipment.containers',
		'data.shipment.documents',
	],
	company: ['locations', 'contacts'],
	contact: ['company', 'locations'],
	location: ['company', 'contacts'],
	invoice: ['shipments'],
	commercialInvoice: ['shipment', 'involved_parties.company_entity', 'line_items.product'],
	customsEntry: ['shipment'],
	document: ['shipment'],
};

/** The Resolve Links list for one resource, and the free-text field next to it. */
export function resolveLinksOptions(links: readonly string[]): INodeProperties[] {
	return [
		{
			displayName: 'Resolve Links',
			name: 'resolveLinks',
			type: 'multiOptions',
			options: [
				{
					name: 'All Links',
					value: '*',
					description: 'Every link of the object, nested ones included (at most 25)',
				},
				...links
					.map((path) => ({
						name: humanize(path.replace(/\./g, ' → ')),
						value: path,
						description: `The link at ${path}`,
					}))
					.sort((a, b) => a.name.localeCompare(b.name)),
			],
			default: [],
			description:
				'Links to other Flexport objects to fetch and embed in place of the link, nested ones by path. Each link costs one request per object or page.',
		},
		{
			displayName: 'Other Link Fields',
			name: 'resolveLinkPaths',
			type: 'string',
			default: '',
			placeholder: 'e.g. legs, ocean_shipment.containers',
			description:
				'Comma-separated fields or dotted paths of links not in the list; a field name without a dot matches that field at any depth, * matches every link',
		},
	];
}
