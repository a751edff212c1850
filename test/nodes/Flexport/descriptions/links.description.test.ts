/** The Resolve Links lists against the link refs (*Ref schemas) of the v2 OpenAPI file. */
// Test-only file access (not shipped code).
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { resolve } from 'node:path';

import type { INodeProperties } from 'n8n-workflow';
import { parse } from 'yaml';

import { LINK_FIELDS } from '../../../../nodes/Flexport/descriptions/links.description';
import { Flexport } from '../../../../nodes/Flexport/Flexport.node';

interface Schema {
	$ref?: string;
	type?: string;
	allOf?: Schema[];
	items?: Schema;
	properties?: Record<string, Schema & { example?: unknown }>;
}
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const SPEC = resolve(__dirname, '..', '..', '..', '..', 'spec', 'flexport-api-v2.yaml');
const schemas = (
	parse(readFileSync(SPEC, 'utf8')) as { components: { schemas: Record<string, Schema> } }
).components.schemas;

const deref = (schema: Schema): Schema => {
	let current = schema;
	while (current?.$ref) current = schemas[current.$ref.split('/').pop() as string];
	if (current?.allOf?.length === 1) return deref(current.allOf[0]);
	return current ?? {};
};
const isRefSchema = (schema: Schema) =>
	['/api/refs/object', '/api/refs/collection'].includes(
		String(deref(schema).properties?._object?.example),
	);

/** Dotted paths to the link refs of a schema, down to three levels. */
function refPaths(schema: Schema, prefix = '', depth = 0): string[] {
	const found: string[] = [];
	for (const [key, property] of Object.entries(deref(schema).properties ?? {})) {
		const path = prefix ? `${prefix}.${key}` : key;
		const target = deref(property);
		if (
			isRefSchema(property) ||
			(target.type === 'array' && target.items && isRefSchema(target.items))
		)
			found.push(path);
		else if (target.properties && depth < 3) found.push(...refPaths(property, path, depth + 1));
	}
	return found;
}

const SCHEMAS: Record<string, string> = {
	shipment: 'Shipment',
	shipmentLeg: 'ShipmentLeg',
	oceanContainer: 'ShipmentContainer',
	oceanContainerLeg: 'OceanShipmentContainerLeg',
	booking: 'Booking',
	bookingLineItem: 'BookingLineItem',
	purchaseOrder: 'PurchaseOrder',
	purchaseOrderLineItem: 'PurchaseOrderLineItem',
	invoice: 'Invoice',
	commercialInvoice: 'CommercialInvoice',
	customsEntry: 'CustomsEntry',
	document: 'Document',
};

/** Links the 2020 schemas do not type as refs, with where they come from. */
const DOCUMENTED_ELSEWHERE: Record<string, string[]> = {
	// spec/flexport-api-versions.md §2.1: current v2 and v3 shipments link their booking.
	shipment: ['booking'],
	// The 2020 file types these as embedded objects; Flexport answers refs (the simulator too).
	commercialInvoice: ['involved_parties.company_entity', 'line_items.product'],
};

describe('Resolve Links: the link fields of each resource', () => {
	it.each(Object.entries(SCHEMAS))(
		'%s lists every link ref of its schema, and only those',
		(resource, name) => {
			const listed = [...(LINK_FIELDS[resource as keyof typeof LINK_FIELDS] ?? [])].sort();
			const expected = [
				...refPaths(schemas[name]),
				...(DOCUMENTED_ELSEWHERE[resource] ?? []),
			].sort();
			expect(listed).toEqual(expected);
		},
	);

	it('every Get offers its links, All Links and free text', () => {
		const properties = new Flexport().description.properties;
		const shipmentOptions = properties.find(
			(property) =>
				property.name === 'options' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes('shipment'),
		);
		const [list, text] = (shipmentOptions?.options ?? []) as INodeProperties[];
		expect(list).toMatchObject({ name: 'resolveLinks', type: 'multiOptions', default: [] });
		expect((list.options ?? []).map((option) => (option as { value: string }).value)).toEqual(
			expect.arrayContaining(['*', 'ocean_shipment.containers', 'legs']),
		);
		expect(text).toMatchObject({ name: 'resolveLinkPaths', type: 'string' });
	});
});
