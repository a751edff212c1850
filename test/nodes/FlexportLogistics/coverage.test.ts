/**
 * Which operations of spec/flexport-logistics-api.yaml the Flexport Logistics node offers. Every
 * mapped operationId must be a (resource, operation) pair of the node's description with an
 * operation module; the two interactive OAuth operations are excluded, and every other operationId
 * must be mapped: the test fails, naming it, when one has no node operation.
 */
// Test-only file access (not shipped code).
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { resolve } from 'node:path';

import type { INodeProperties } from 'n8n-workflow';
import { parse } from 'yaml';

import { findOperation } from '../../../nodes/FlexportLogistics/actions/router';
import { FlexportLogistics } from '../../../nodes/FlexportLogistics/FlexportLogistics.node';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const SPEC_PATH = resolve(__dirname, '..', '..', '..', 'spec', 'flexport-logistics-api.yaml');

type Target = readonly [resource: string, operation: string];

const MAPPING: Record<string, Target> = {
	// Orders
	create_order202307: ['order', 'create'],
	get_order: ['order', 'get'],
	get_order_by_external_id: ['order', 'get'], // the Order locator's "By External Order ID" mode
	cancel_order: ['order', 'cancel'],
	retry_order: ['order', 'retry'],
	// Products, inventory and bundles
	create_product: ['product', 'create'],
	get_product: ['product', 'get'],
	get_products: ['product', 'getAll'],
	get_inventory: ['inventory', 'get'],
	get_all_inventory: ['inventory', 'getAll'],
	get_warehouse_details: ['inventory', 'getByWarehouse'],
	create_bundle: ['bundle', 'create'],
	get_bundle: ['bundle', 'get'],
	get_bundle_inventory: ['bundle', 'getInventory'],
	// Inbounds
	create_inbounding_shipment_v4: ['inbound', 'create'],
	get_inbounding_shipment_v4: ['inbound', 'get'],
	get_inbounding_shipments_v4: ['inbound', 'getAll'],
	update_inbounding_shipment_v3: ['inbound', 'update'],
	get_transfer_document_v2: ['inbound', 'getDocument'],
	init_quote_process_for_inbounding_shipment_v2: ['inbound', 'requestQuotes'],
	get_inbounding_shipment_quote_result: ['inbound', 'getQuotes'], // also polled by requestQuotes
	init_quote_purchase_process_for_inbounding_shipment_v2: ['inbound', 'buyQuotes'],
	get_inbounding_shipment_quote_purchase_result: ['inbound', 'getPurchasedQuotes'], // and by buyQuotes
	// Freight
	get_freight_orders: ['freight', 'getAllOrders'],
	create_containers_order: ['freight', 'bookContainers'],
	create_pallets_order: ['freight', 'bookPallets'],
	create_trucks_order: ['freight', 'bookTruck'],
	get_freight_order: ['freight', 'getOrder'],
	cancel: ['freight', 'cancelOrder'],
	get_order_documents: ['freight', 'getOrderDocuments'],
	get_freight_ports: ['freight', 'getPorts'],
	get_quotes: ['freight', 'getAllQuotes'],
	create_containers_quote: ['freight', 'quoteContainers'],
	create_pallets_quote: ['freight', 'quotePallets'],
	create_truck_quote: ['freight', 'quoteTruck'],
	get_quote: ['freight', 'getQuote'],
	get_bol_tracking: ['freight', 'getTracking'],
	// Parcels
	create_parcel_v3: ['parcel', 'create'],
	cancel_parcel: ['parcel', 'cancel'],
	create_bulk_parcel_job: ['parcel', 'createBulkJob'],
	get_bulk_parcel_job: ['parcel', 'getBulkJob'], // also polled by createBulkJob
	get_parcel_quote_v2: ['parcel', 'getQuote'],
	get_parcel: ['parcel', 'get'],
	get_parcel_tracking: ['parcel', 'getTracking'],
	get_parcel_tracking_by_tracking_code: ['parcel', 'getTracking'], // the "By Tracking Code" mode
	get_tracking_url: ['parcel', 'getTrackingUrl'],
	// Returns
	get_returns: ['return', 'getAll'],
	returns_create_order: ['return', 'create'],
	returns_get_order: ['return', 'get'],
	returns_cancel_order: ['return', 'cancel'],
	// Reports, account, channels, events, uploads, webhooks
	generate_report: ['report', 'generate'],
	get_report_status: ['report', 'getStatus'], // also polled by generate
	get_logistics_account_standing_status: ['account', 'getStatus'],
	create_channel: ['channel', 'create'],
	get_product_sync_status: ['channel', 'getProductSyncStatus'],
	create_product_sync: ['channel', 'startProductSync'],
	get_events: ['event', 'getAll'],
	create_upload_target: ['upload', 'createTarget'],
	get_webhooks: ['webhook', 'getAll'],
	create_webhook: ['webhook', 'create'],
	get_webhook: ['webhook', 'get'],
	delete_webhook: ['webhook', 'delete'],
};

/** Not node operations: an interactive browser login and its code exchange (partner OAuth). */
const EXCLUDED: Record<string, string> = {
	authorization_redirect: 'interactive OAuth login in a browser (301 redirect), not an API call',
	token_exchange: 'exchanges the one-time code of that login; users paste a Portal token instead',
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function specOperationIds(): string[] {
	const doc = parse(readFileSync(SPEC_PATH, 'utf8')) as {
		paths: Record<string, Record<string, { operationId?: string }>>;
	};
	return Object.values(doc.paths).flatMap((pathItem) =>
		METHODS.map((method) => pathItem[method]?.operationId).filter(
			(id): id is string => typeof id === 'string',
		),
	);
}

/** (resource, operation) pairs the node's description offers. */
function describedOperations(): Set<string> {
	const properties = new FlexportLogistics().description.properties as INodeProperties[];
	const resources = new Set(
		(properties.find((property) => property.name === 'resource')?.options ?? []).map((option) =>
			String((option as { value: string }).value),
		),
	);
	const offered = new Set<string>();
	for (const property of properties) {
		if (property.name !== 'operation' || property.type !== 'options') continue;
		for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
			if (!resources.has(resource)) continue;
			for (const option of property.options ?? [])
				offered.add(`${resource}.${String((option as { value: string }).value)}`);
		}
	}
	return offered;
}

describe('Logistics spec coverage', () => {
	const operationIds = specOperationIds();

	it('reads all 64 operationIds of the Logistics spec, each once; 62 are node operations', () => {
		expect(operationIds).toHaveLength(64);
		expect(new Set(operationIds).size).toBe(64);
		expect(operationIds.filter((id) => !(id in EXCLUDED))).toHaveLength(62);
	});

	it('the tables name only real operationIds, never one in both', () => {
		const known = new Set(operationIds);
		expect(Object.keys(MAPPING).filter((id) => !known.has(id))).toEqual([]);
		expect(Object.keys(EXCLUDED).filter((id) => !known.has(id))).toEqual([]);
		expect(Object.keys(EXCLUDED).filter((id) => id in MAPPING)).toEqual([]);
	});

	it('every mapped operationId is an operation the node offers and runs', () => {
		const offered = describedOperations();
		const broken = Object.entries(MAPPING)
			.filter(
				([, [resource, operation]]) =>
					!offered.has(`${resource}.${operation}`) || !findOperation(resource, operation),
			)
			.map(([id, [resource, operation]]) => `${id} → ${resource}.${operation}`);
		expect(broken).toEqual([]);
	});

	it('prints the coverage; no operation of the spec is missing', () => {
		const wanted = operationIds.filter((id) => !(id in EXCLUDED));
		const covered = wanted.filter((id) => id in MAPPING);
		const missing = wanted.filter((id) => !(id in MAPPING));
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
		process.stdout.write(
			`Logistics spec coverage: ${covered.length} of ${wanted.length} operations\n` +
				(missing.length ? `Missing (${missing.length}): ${missing.join(', ')}\n` : ''),
		);
		expect(covered.length + missing.length).toBe(62);
		expect(missing).toEqual([]);
	});
});
