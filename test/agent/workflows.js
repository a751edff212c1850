'use strict';

/**
 * Workflow JSON for n8n's AI Agent with the Flexport node as a tool, for the agent e2e tests and the
 * agent example. The tool variant of a `usableAsTool` node is the node's type + "Tool"
 * (`n8n-nodes-flexport.flexportTool`); n8n names the tool after the node (non [A-Za-z0-9_-] → "_"),
 * so a node called "Get Shipment" is the tool `Get_Shipment` on both n8n lines.
 */

const { FLEXPORT_NODE_TYPE, OAUTH_CREDENTIAL_TYPE } = require('../e2e/lib/workflows');

const FLEXPORT_TOOL_TYPE = `${FLEXPORT_NODE_TYPE}Tool`;
const AGENT_TYPE = '@n8n/n8n-nodes-langchain.agent';
const OPENAI_MODEL_TYPE = '@n8n/n8n-nodes-langchain.lmChatOpenAi';
const OPENAI_CREDENTIAL_TYPE = 'openAiApi';
const BEARER_CREDENTIAL_TYPE = 'httpBearerAuth';

/** n8n's tool name for a node name (n8n-workflow's nodeNameToToolName). */
const toolName = (nodeName) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');

/** A `$fromAI()` expression: the model fills the value; key and description become the tool schema. */
function fromAI(key, description, type = 'string') {
	const quoted = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	return `={{ $fromAI(${quoted(key)}, ${quoted(description)}, ${quoted(type)}) }}`;
}

/** OpenAI credential whose Base URL points at a chat-completions server (the scripted model). */
function openAiCredential({ id, name, apiKey, url }) {
	return { id, name, type: OPENAI_CREDENTIAL_TYPE, data: { apiKey, url, header: false } };
}

/**
 * The Flexport node as an agent tool. Without `description` n8n describes the tool from the
 * operation ("Get a shipment in Flexport"); with it, the model reads that text instead.
 */
function flexportTool({ name, credential, parameters, description, position = [600, 520] }) {
	return {
		id: `${name.replace(/\W/g, '')}-tool`,
		name,
		type: FLEXPORT_TOOL_TYPE,
		typeVersion: 1,
		position,
		parameters: {
			...(description ? { descriptionType: 'manual', toolDescription: description } : {}),
			authentication: 'oAuth2',
			...parameters,
		},
		credentials: { [OAUTH_CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
	};
}

/** Tool descriptions a model can act on: what each returns, which ID it needs, where to get it. */
const SHIPMENT_TOOL_DESCRIPTIONS = {
	'Find Shipments':
		'Lists the Flexport shipments of one purchase order, newest first: id, name, status, transportation mode and dates of each (at most 50). Use it to find the numeric ID of a shipment from its name or purchase order number, e.g. PO-24043.',
	'Get Shipment':
		'Gets one Flexport shipment by its numeric ID, with its status, dates, parties and legs (origin, destination, mode, carrier, departure and arrival dates). Get the ID from Find Shipments first.',
	'Update Shipment Metadata':
		'Replaces all tags (metadata) of one Flexport shipment and returns the updated shipment. Needs the numeric shipment ID (from Find Shipments) and the complete tag object; tags not in it are removed.',
};

/**
 * The three shipment tools the scenarios in ./scenarios.js use. Their inputs are `$fromAI()`
 * parameters, so the tool schema n8n sends the model has exactly these keys. `describe` adds the
 * descriptions above (the examples do); without, n8n's automatic ones are used.
 */
function shipmentTools(credential, { describe = false } = {}) {
	const tool = (options) =>
		flexportTool({
			...options,
			credential,
			...(describe ? { description: SHIPMENT_TOOL_DESCRIPTIONS[options.name] } : {}),
		});
	return [
		tool({
			name: 'Find Shipments',
			position: [520, 560],
			parameters: {
				resource: 'shipment',
				operation: 'getAll',
				returnAll: false,
				limit: fromAI('limit', 'How many shipments to return, 1 to 50', 'number'),
				filters: {
					purchaseOrder: fromAI('purchase_order', 'Purchase order number, for example PO-24043'),
				},
				simplify: true,
			},
		}),
		tool({
			name: 'Get Shipment',
			position: [680, 560],
			parameters: {
				resource: 'shipment',
				operation: 'get',
				shipmentId: {
					__rl: true,
					mode: 'id',
					value: fromAI('shipment_id', 'Numeric Flexport shipment ID, for example 200120'),
				},
				simplify: true,
				options: { resolveLinks: 'legs' },
			},
		}),
		tool({
			name: 'Update Shipment Metadata',
			position: [840, 560],
			parameters: {
				resource: 'shipment',
				operation: 'update',
				shipmentId: {
					__rl: true,
					mode: 'id',
					value: fromAI('shipment_id', 'Numeric Flexport shipment ID, for example 200120'),
				},
				metadata: fromAI(
					'metadata',
					'Tags as a JSON object of string lists, for example {"priority": ["high"]}; replaces all tags',
					'json',
				),
				simplify: true,
			},
		}),
	];
}

/**
 * A Webhook (POST /webhook/<path>) that streams the agent's answer back as it is generated
 * (response mode Streaming, Webhook v2.1); the agent reads the question from `body.question`.
 */
function streamingWebhook(path) {
	return {
		id: `webhook-${path}`,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2.1,
		position: [200, 300],
		webhookId: require('crypto').randomUUID(),
		parameters: { httpMethod: 'POST', path, responseMode: 'streaming', options: {} },
	};
}

/**
 * Trigger (Manual Trigger unless given) → AI Agent, with an OpenAI chat model (v1.2: Chat Completions, no Responses API)
 * and the given tool nodes attached. `agentVersion` picks the AI Agent node version (3.1, 3, 2.2 …).
 */
function agentWorkflow({
	id,
	name,
	prompt,
	tools,
	modelCredential,
	modelId = 'scripted-model',
	agentVersion,
	systemMessage,
	trigger = {
		id: 'manual-trigger',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [200, 300],
		parameters: {},
	},
}) {
	const agent = {
		id: 'ai-agent',
		name: 'AI Agent',
		type: AGENT_TYPE,
		typeVersion: agentVersion,
		position: [440, 300],
		parameters: {
			promptType: 'define',
			text: prompt,
			options: systemMessage ? { systemMessage } : {},
		},
	};
	const model = {
		id: 'chat-model',
		name: 'OpenAI Chat Model',
		type: OPENAI_MODEL_TYPE,
		typeVersion: 1.2,
		position: [360, 520],
		parameters: { model: { __rl: true, mode: 'id', value: modelId }, options: {} },
		credentials: {
			[OPENAI_CREDENTIAL_TYPE]: { id: modelCredential.id, name: modelCredential.name },
		},
	};
	const connections = {
		[trigger.name]: { main: [[{ node: agent.name, type: 'main', index: 0 }]] },
		[model.name]: {
			ai_languageModel: [[{ node: agent.name, type: 'ai_languageModel', index: 0 }]],
		},
	};
	for (const tool of tools)
		connections[tool.name] = { ai_tool: [[{ node: agent.name, type: 'ai_tool', index: 0 }]] };
	return {
		id,
		name,
		active: false,
		nodes: [trigger, agent, model, ...tools],
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** Bearer credential an MCP Server Trigger checks on every request (examples/agent-mcp-server.json). */
function bearerCredential({ id, name, token }) {
	return { id, name, type: BEARER_CREDENTIAL_TYPE, data: { token } };
}

/** The agent's answer (`output`) from an `n8n execute` result of an agent workflow. */
function agentOutput(result, agentNode = 'AI Agent') {
	const items = result.items(agentNode);
	return items?.[0]?.output;
}

/** An example workflow from examples/ with its credentials pointed at the given ones (by type). */
function exampleWorkflow(file, credentialsByType) {
	const workflow = JSON.parse(
		require('fs').readFileSync(
			require('path').join(__dirname, '..', '..', 'examples', file),
			'utf8',
		),
	);
	for (const node of workflow.nodes)
		for (const type of Object.keys(node.credentials || {}))
			if (credentialsByType[type]) node.credentials[type] = { ...credentialsByType[type] };
	return workflow;
}

module.exports = {
	FLEXPORT_TOOL_TYPE,
	AGENT_TYPE,
	OPENAI_MODEL_TYPE,
	OPENAI_CREDENTIAL_TYPE,
	toolName,
	fromAI,
	openAiCredential,
	flexportTool,
	shipmentTools,
	agentWorkflow,
	streamingWebhook,
	agentOutput,
	exampleWorkflow,
	SHIPMENT_TOOL_DESCRIPTIONS,
	bearerCredential,
};
