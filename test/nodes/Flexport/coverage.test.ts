/**
 * Which operations of Flexport's OpenAPI v2 file the node offers. Every operationId must map to a
 * (resource, operation) pair that exists in the node's description, or be listed in EXCLUDED with
 * a reason.
 */
// Test-only file access (not shipped code).
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { resolve } from 'node:path';

import type { INodeProperties } from 'n8n-workflow';
import { parse } from 'yaml';

import { findOperation } from '../../../nodes/Flexport/actions/resources';
import { Flexport } from '../../../nodes/Flexport/Flexport.node';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const SPEC_DIR = resolve(__dirname, '..', '..', '..', 'spec');
const SPEC_PATH = resolve(SPEC_DIR, 'flexport-api-v2.yaml');
/** Operations API version 3 and the dated versions add; only those with a known path are confirmed. */
const ADDITIONS_PATH = resolve(SPEC_DIR, 'flexport-api-v3-additions.yaml');

type Target = readonly [resource: string, operation: string];

const MAPPING: Record<string, Target> = {
	// Shipments and freight
	shipment_index: ['shipment', 'getAll'],
	shipment_show: ['shipment', 'get'],
	shipment_update: ['shipment', 'update'],
	shipment_leg_index: ['shipmentLeg', 'getAll'],
	shipment_leg_show: ['shipmentLeg', 'get'],
	container_list: ['oceanContainer', 'getAll'],
	container_show: ['oceanContainer', 'get'],
	ocean_shipment_legs_index: ['oceanContainerLeg', 'getAll'],
	ocean_shipment_legs_show: ['oceanContainerLeg', 'get'],
	bookings_index: ['booking', 'getAll'],
	booking_show: ['booking', 'get'],
	booking_create: ['booking', 'create'],
	booking_amendment_create: ['bookingAmendment', 'create'],
	booking_line_item_index: ['bookingLineItem', 'getAll'],
	booking_line_item_show: ['bookingLineItem', 'get'],
	booking_line_item_create: ['bookingLineItem', 'create'],
	purchase_order_index: ['purchaseOrder', 'getAll'],
	purchase_order_show: ['purchaseOrder', 'get'],
	purchase_order_line_item_index: ['purchaseOrderLineItem', 'getAll'],
	purchase_order_line_item_show: ['purchaseOrderLineItem', 'get'],
	ports_index: ['port', 'getAll'],
	carbon_calculation_create: ['carbonCalculation', 'create'],
	events_index: ['event', 'getAll'],
	events_show: ['event', 'get'],
	// Network
	network_company_index: ['company', 'getAll'],
	network_company_show: ['company', 'get'],
	network_company_create: ['company', 'create'],
	network_company_update: ['company', 'update'],
	network_company_me: ['company', 'getMine'],
	company_entity_index: ['companyEntity', 'getAll'],
	network_company_entity_show: ['companyEntity', 'get'],
	network_company_entity_create: ['companyEntity', 'create'],
	network_company_entity_update: ['companyEntity', 'update'],
	network_contact_index: ['contact', 'getAll'],
	network_contact_show: ['contact', 'get'],
	network_contact_create: ['contact', 'create'],
	network_contact_update: ['contact', 'update'],
	location_index: ['location', 'getAll'],
	network_location_show: ['location', 'get'],
	network_location_create: ['location', 'create'],
	location_update: ['location', 'update'],
	// Products
	product_index: ['product', 'getAll'],
	product_show: ['product', 'get'],
	product_create: ['product', 'create'],
	product_update: ['product', 'update'],
	// Finance and customs
	invoice_index: ['invoice', 'getAll'],
	invoices_show: ['invoice', 'get'],
	commercial_invoices_index: ['commercialInvoice', 'getAll'],
	commercial_invoices_show: ['commercialInvoice', 'get'],
	commercial_invoices_create: ['commercialInvoice', 'create'],
	commercial_invoices_update: ['commercialInvoice', 'update'],
	customs_entry_index: ['customsEntry', 'getAll'],
	customs_entries_show: ['customsEntry', 'get'],
	// Documents
	documents_index: ['document', 'getAll'],
	documents_show: ['document', 'get'],
	documents_download: ['document', 'download'],
};

const ADDITIONS_MAPPING: Record<string, Target> = {
	tracking_create: ['tracking', 'create'],
	purchase_order_create_v3: ['purchaseOrder', 'create'],
	document_create: ['document', 'upload'],
	commercial_invoice_show_by_invoice_number: ['commercialInvoice', 'getByInvoiceNumber'],
};

/** operationIds deliberately not offered as node operations (the Custom API Call still reaches them). */
const EXCLUDED: Record<string, string> = {};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function specOperationIds(specPath = SPEC_PATH): string[] {
	const doc = parse(readFileSync(specPath, 'utf8')) as {
		paths: Record<string, Record<string, { operationId?: string }>>;
	};
	const ids: string[] = [];
	for (const pathItem of Object.values(doc.paths)) {
		for (const method of METHODS) {
			const operationId = pathItem[method]?.operationId;
			if (operationId) ids.push(operationId);
		}
	}
	return ids;
}

/** (resource, operation) pairs the node's description offers. */
function describedOperations(): Set<string> {
	const properties = new Flexport().description.properties;
	const resourceProperty = properties.find((property) => property.name === 'resource');
	const resources = new Set(
		(resourceProperty?.options ?? []).map((option) => String((option as { value: string }).value)),
	);
	const offered = new Set<string>();
	for (const property of properties as INodeProperties[]) {
		if (property.name !== 'operation' || property.type !== 'options') continue;
		const shownFor = (property.displayOptions?.show?.resource ?? []) as string[];
		for (const resource of shownFor) {
			if (!resources.has(resource)) continue;
			for (const option of property.options ?? [])
				offered.add(`${resource}.${String((option as { value: string }).value)}`);
		}
	}
	return offered;
}

describe('OpenAPI coverage', () => {
	const operationIds = specOperationIds();

	it('reads all 56 operationIds of the v2 file, each once', () => {
		expect(operationIds).toHaveLength(56);
		expect(new Set(operationIds).size).toBe(56);
	});

	it('the mapping and exclusion tables name only real operationIds, and none twice', () => {
		const known = new Set(operationIds);
		expect(Object.keys(MAPPING).filter((id) => !known.has(id))).toEqual([]);
		expect(Object.keys(EXCLUDED).filter((id) => !known.has(id))).toEqual([]);
		expect(Object.keys(EXCLUDED).filter((id) => id in MAPPING)).toEqual([]);
		expect(Object.values(EXCLUDED).filter((reason) => reason.trim().length < 10)).toEqual([]);
	});

	it('maps every operationId to an operation the node offers (or excludes it with a reason)', () => {
		const offered = describedOperations();
		const covered: string[] = [];
		const missing: string[] = [];
		for (const operationId of operationIds) {
			const target = MAPPING[operationId];
			if (target && offered.has(`${target[0]}.${target[1]}`) && findOperation(target[0], target[1]))
				covered.push(operationId);
			else if (!(operationId in EXCLUDED))
				missing.push(
					target
						? `${operationId} → ${target[0]}.${target[1]} (not in the node)`
						: `${operationId} (not mapped)`,
				);
		}
		const percent = ((covered.length / operationIds.length) * 100).toFixed(1);
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
		process.stdout.write(
			`Spec coverage: ${covered.length} of ${operationIds.length} operationIds (${percent}%)\n`,
		);
		expect(missing).toEqual([]);
	});

	it('maps every confirmed operation of the v3 / dated additions to an operation the node offers', () => {
		const additions = specOperationIds(ADDITIONS_PATH);
		const offered = describedOperations();
		expect(Object.keys(ADDITIONS_MAPPING).sort()).toEqual([...additions].sort());
		const covered = additions.filter((operationId) => {
			const target = ADDITIONS_MAPPING[operationId];
			return offered.has(`${target[0]}.${target[1]}`) && findOperation(target[0], target[1]);
		});
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
		process.stdout.write(
			`v3/dated additions: ${covered.length} of ${additions.length} confirmed operations\n`,
		);
		expect(covered).toEqual(additions);
	});
});
