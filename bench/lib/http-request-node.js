'use strict';

/**
 * n8n's HTTP Request node (n8n-nodes-base, from the n8n installed in .e2e/n8n by
 * scripts/setup-n8n.sh) run in the same n8n-core engine and credentials helper as the Flexport node
 * (test/harness/n8nHarness.ts): Items → HTTP Request, "Predefined Credential Type" with the same
 * flexportOAuth2Api credential, one GET per item. What a user would pick instead of the node.
 */

const path = require('path');
const { WorkflowExecute } = require('n8n-core');
const { NodeHelpers, Workflow } = require('n8n-workflow');

const ROOT = path.join(__dirname, '..', '..');
const NODES_BASE = path.join(ROOT, '.e2e', 'n8n', 'node_modules', 'n8n-nodes-base');
const TYPE = 'n8n-nodes-base.httpRequest';
/** The version test/e2e/lib/workflows.js and scenario 1 use. */
const TYPE_VERSION = 4.2;

let executions = 0;

/** Loads the HTTP Request node; throws a clear error when n8n is not installed in .e2e/. */
function loadHttpRequestNode() {
	const file = path.join(NODES_BASE, 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js');
	let module;
	try {
		module = require(file);
	} catch (error) {
		throw new Error(
			`n8n's HTTP Request node is not installed (${file}); run bash scripts/setup-n8n.sh: ${error.message}`,
		);
	}
	return new module.HttpRequest();
}

/**
 * A runner for `count` items: GET `${baseUrl}/shipments/<id of the item>` through the HTTP Request
 * node. `harness` is test/harness/n8nHarness.ts, loaded by the caller through ts-node.
 */
function httpRequestNodeRunner(harness, { baseUrl, credentialId = 'cred-1' }) {
	const httpRequest = loadHttpRequestNode();
	const nodeTypes = {
		getByName: (type) => (type === TYPE ? httpRequest : harness.nodeTypes.getByName(type)),
		getByNameAndVersion: (type, version) =>
			type === TYPE
				? httpRequest.getNodeType(version)
				: harness.nodeTypes.getByNameAndVersion(type, version),
		getKnownTypes: () => ({}),
	};
	const parameters = {
		method: 'GET',
		url: `={{ "${baseUrl}/shipments/" + $json.id }}`,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: 'flexportOAuth2Api',
		options: {},
	};
	const description = httpRequest.getNodeType(TYPE_VERSION).description;
	const measured = {
		id: 'http-node',
		name: 'HTTP Request',
		type: TYPE,
		typeVersion: TYPE_VERSION,
		position: [200, 0],
		credentials: { flexportOAuth2Api: { id: credentialId, name: 'Flexport' } },
	};
	// Parameter defaults as the editor saves them, as runFlexportNode does for the Flexport node.
	measured.parameters = {
		...NodeHelpers.getNodeParameters(
			description.properties,
			parameters,
			true,
			false,
			measured,
			description,
		),
		...parameters,
	};

	return async function run(store, items) {
		const source = {
			id: 'items-node',
			name: 'Items',
			type: 'test.itemsSource',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(items) },
		};
		const connections = { Items: { main: [[{ node: measured.name, type: 'main', index: 0 }]] } };
		const settings = { executionOrder: 'v1' };
		const workflowData = {
			id: 'wf-http',
			name: 'HTTP Request benchmark',
			active: false,
			isArchived: false,
			nodes: [source, measured],
			connections,
			settings,
		};
		const workflow = new Workflow({
			id: workflowData.id,
			name: workflowData.name,
			nodes: workflowData.nodes,
			connections,
			active: false,
			nodeTypes,
			settings,
		});
		const executionId = `exec-http-${++executions}`;
		const additionalData = harness.buildAdditionalData(store, 'manual', executionId, workflowData);
		const run = await new WorkflowExecute(additionalData, 'manual').run({
			workflow,
			startNode: workflow.getNode('Items'),
		});
		const task = run.data.resultData.runData[measured.name]?.[0];
		const error = run.data.resultData.error ?? task?.error;
		if (error) throw new Error(`HTTP Request node run failed: ${error.message}`);
		const output = task?.data?.main?.[0] ?? [];
		if (output.length !== items.length)
			throw new Error(
				`HTTP Request node returned ${output.length} items, expected ${items.length}`,
			);
		if (output.some((item) => item.json?._object !== '/api/response'))
			throw new Error('HTTP Request node: an item is not a Flexport response');
		return { executionTimeMs: task.executionTime };
	};
}

module.exports = { httpRequestNodeRunner };
