'use strict';

/**
 * Builders for the Flexport Logistics node e2e tests (test/e2e/logistics-node.e2e.test.js) and the
 * examples `npm start` imports (examples/logistics-*.json):
 *
 *   logisticsResources()                 // [{ value, name, operations }] from the built node's description
 *   resourceWorkflows(CRED)              // per resource: its workflow's nodes and the check of its answer
 *   logisticsNode({ name, credential, parameters })
 *   exampleWorkflow('logistics-order-from-webhook.json', { flexportLogisticsApi: CRED })
 *   withWebhookStart(workflow, 'path')   // the example, also started by a Webhook (e2e only)
 */

const fs = require('fs');
const path = require('path');

const { ROOT } = require('./n8n');
const { byId, webhookUuid } = require('./workflows');

const LOGISTICS_NODE_TYPE = 'n8n-nodes-flexport.flexportLogistics';

/** The resources of the built node (dist/) and the operations of each, as the editor lists them. */
function logisticsResources() {
	const file = path.join(ROOT, 'dist', 'nodes', 'FlexportLogistics', 'FlexportLogistics.node.js');
	if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
	const { FlexportLogistics } = require(file);
	const { properties } = new FlexportLogistics().description;
	const resource = properties.find((property) => property.name === 'resource');
	return resource.options.map(({ value, name }) => {
		const selector = properties.find(
			(property) =>
				property.name === 'operation' && property.displayOptions?.show?.resource?.includes(value),
		);
		return { value, name, operations: (selector?.options ?? []).map((option) => option.value) };
	});
}

/** A Flexport Logistics node; `credential` is {id, name} of a flexportLogisticsApi credential. */
function logisticsNode({ name, credential, parameters, position = [460, 300], ...rest }) {
	return {
		id: `${name.replace(/\W/g, '')}-node`,
		name,
		type: LOGISTICS_NODE_TYPE,
		typeVersion: 1,
		position,
		parameters,
		credentials: { flexportLogisticsApi: { id: credential.id, name: credential.name } },
		...rest,
	};
}

/** Points every node that uses one of the credential types at the given {id, name}. */
function pointAt(workflow, credentialsByType) {
	for (const node of workflow.nodes)
		for (const [type, credential] of Object.entries(credentialsByType))
			if (node.credentials?.[type]) node.credentials[type] = { ...credential };
	return workflow;
}

/** An example workflow from examples/, its credentials pointed at the given ones. */
function exampleWorkflow(file, credentialsByType) {
	const workflow = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8'));
	return pointAt(workflow, credentialsByType);
}

/**
 * The workflow with a Webhook (POST /webhook/<path>, answering with the last node's output) feeding
 * the nodes its trigger feeds, so a test can run a scheduled workflow at once. Nothing else changes.
 */
function withWebhookStart(workflow, webhookPath) {
	const trigger = workflow.nodes.find((node) => /trigger$/i.test(node.type));
	const feeds = workflow.connections[trigger.name];
	if (!feeds) throw new Error(`${workflow.name}: its trigger "${trigger.name}" feeds no node`);
	const hook = {
		id: `webhook-${webhookPath}`,
		name: 'E2E Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [trigger.position[0], trigger.position[1] + 200],
		webhookId: webhookUuid(webhookPath),
		parameters: {
			httpMethod: 'POST',
			path: webhookPath,
			responseMode: 'lastNode',
			responseData: 'allEntries',
			options: {},
		},
	};
	return {
		...workflow,
		nodes: [...workflow.nodes, hook],
		connections: { ...workflow.connections, [hook.name]: feeds },
	};
}

/** The production webhook paths of a workflow's Webhook nodes. */
function webhookPaths(workflow) {
	return workflow.nodes
		.filter((node) => node.type === 'n8n-nodes-base.webhook')
		.map((node) => node.parameters.path);
}

const id = (value) => (value === undefined || value === null ? undefined : String(value));

/** A shipping address the simulator accepts. */
const SHIPPING_ADDRESS = {
	name: 'Jane Doe',
	address1: '123 Main St',
	city: 'Atlanta',
	provinceCode: 'GA',
	zip: '30318',
	countryCode: 'US',
};
const STORE = 'e2e-store.myshopify.com';

/**
 * Per resource: its workflow's Logistics nodes (in order; the last one answers the webhook) and
 * what that answer must hold (jest's `expect`). `f` is sim.logistics.fixtures; the order workflow
 * reads the incoming `body` ({orderNumber, lineItems}).
 */
function resourceWorkflows(credential) {
	const node = (name, parameters) => logisticsNode({ name, credential, parameters });
	return {
		account: {
			nodes: () => [node('Account Status', { resource: 'account', operation: 'getStatus' })],
			check: (items, { accountId }) => expect(items[0].logisticsAccountId).toBe(accountId),
		},
		bundle: {
			nodes: (f) => [
				node('Get Bundle', { resource: 'bundle', operation: 'get', bundleId: byId(f.bundleId) }),
			],
			check: (items, { fixtures: f }) => expect(items[0].bundleId).toBe(f.bundleId),
		},
		channel: {
			nodes: () => [
				node('Create Channel', {
					resource: 'channel',
					operation: 'create',
					channelType: 'SHOPIFY',
					storeName: STORE,
					accessToken: 'shop-token-of-the-e2e-store',
					locationId: '1001',
					options: {},
				}),
				node('Sync Status', {
					resource: 'channel',
					operation: 'getProductSyncStatus',
					channelType: 'SHOPIFY',
					storeName: STORE,
				}),
			],
			check: (items) => expect(items[0].productSyncStatus).toBe('STOPPED'),
		},
		event: {
			nodes: () => [
				node('Get Events', {
					resource: 'event',
					operation: 'getAll',
					returnAll: false,
					limit: 5,
					filters: {},
				}),
			],
			check: (items) => {
				expect(items).toHaveLength(5);
				for (const item of items) expect(item.logisticsEventId ?? item.id).toBeTruthy();
			},
		},
		freight: {
			nodes: (f) => [
				node('Get Freight Order', {
					resource: 'freight',
					operation: 'getOrder',
					orderId: byId(f.freightOrderId),
				}),
			],
			check: (items, { fixtures: f }) =>
				expect(id(items[0].id ?? items[0].orderId)).toBe(id(f.freightOrderId)),
		},
		inbound: {
			nodes: (f) => [
				node('Get Inbound', {
					resource: 'inbound',
					operation: 'get',
					shipmentId: byId(f.inboundShipmentId),
				}),
			],
			check: (items, { fixtures: f }) =>
				expect(id(items[0].id ?? items[0].shipmentId)).toBe(id(f.inboundShipmentId)),
		},
		inventory: {
			nodes: () => [
				node('Get Inventory', {
					resource: 'inventory',
					operation: 'getAll',
					returnAll: false,
					limit: 5,
					options: {},
				}),
			],
			check: (items) => {
				expect(items).toHaveLength(5);
				for (const item of items) expect(item.logisticsSku).toMatch(/^D\w{10}$/);
			},
		},
		order: {
			// Also Create, with the key from the incoming order number (run twice by a test below).
			nodes: () => [
				node('Create Order', {
					resource: 'order',
					operation: 'create',
					externalOrderId: '={{ $json.body.orderNumber }}',
					shippingAddress: { address: SHIPPING_ADDRESS },
					lineItemsInput: 'json',
					lineItemsJson: '={{ JSON.stringify($json.body.lineItems) }}',
					additionalFields: {},
					options: { idempotencyKey: '=e2e-order-{{ $json.body.orderNumber }}' },
				}),
				node('Get Order', {
					resource: 'order',
					operation: 'get',
					orderId: byId('={{ $json.id }}'),
				}),
			],
			check: (items, { body }) => expect(items[0].externalOrderId).toBe(body.orderNumber),
		},
		parcel: {
			nodes: (f) => [
				node('Get Parcel', { resource: 'parcel', operation: 'get', parcelId: byId(f.parcelId) }),
			],
			check: (items, { fixtures: f }) =>
				expect(id(items[0].parcelId ?? items[0].id)).toBe(id(f.parcelId)),
		},
		product: {
			nodes: () => [
				node('Get Products', {
					resource: 'product',
					operation: 'getAll',
					returnAll: false,
					limit: 5,
				}),
			],
			check: (items) => {
				expect(items).toHaveLength(5);
				for (const item of items) expect(item.logisticsSku).toMatch(/^D\w{10}$/);
			},
		},
		report: {
			nodes: (f) => [
				node('Report Status', {
					resource: 'report',
					operation: 'getStatus',
					reportReference: byId(f.reportReference),
					download: false,
				}),
			],
			check: (items, { fixtures: f }) => expect(items[0].reportReference).toBe(f.reportReference),
		},
		return: {
			nodes: (f) => [
				node('Get Return', { resource: 'return', operation: 'get', returnId: byId(f.returnId) }),
			],
			check: (items, { fixtures: f }) =>
				expect(id(items[0].id ?? items[0].returnId)).toBe(id(f.returnId)),
		},
		// Upload has no read operation: its one operation creates an upload target.
		upload: {
			nodes: () => [
				node('Upload Target', {
					resource: 'upload',
					operation: 'createTarget',
					filename: 'e2e.csv',
					fileSize: 12,
					mimeType: 'text/csv',
					options: {},
				}),
			],
			check: (items) => expect(items[0].url).toMatch(/^http/),
		},
		webhook: {
			nodes: () => [
				node('Get Webhooks', { resource: 'webhook', operation: 'getAll', returnAll: true }),
			],
			check: (items, { fixtures: f }) =>
				expect(items.map((item) => id(item.id))).toContain(id(f.webhookId)),
		},
	};
}

module.exports = {
	LOGISTICS_NODE_TYPE,
	SHIPPING_ADDRESS,
	resourceWorkflows,
	logisticsResources,
	logisticsNode,
	pointAt,
	exampleWorkflow,
	withWebhookStart,
	webhookPaths,
};
