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
const MCP_TRIGGER_TYPE = '@n8n/n8n-nodes-langchain.mcpTrigger';
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

/** The Flexport node as an agent tool. */
function flexportTool({ name, credential, parameters, position = [600, 520] }) {
	return {
		id: `${name.replace(/\W/g, '')}-tool`,
		name,
		type: FLEXPORT_TOOL_TYPE,
		typeVersion: 1,
		position,
		parameters: { authentication: 'oAuth2', ...parameters },
		credentials: { [OAUTH_CREDENTIAL_TYPE]: { id: credential.id, name: credential.name } },
	};
}

/**
 * The three shipment tools the scenarios in ./scenarios.js use. Their inputs are `$fromAI()`
 * parameters, so the tool schema n8n sends the model has exactly these keys.
 */
function shipmentTools(credential) {
	return [
		flexportTool({
			name: 'Find Shipments',
			credential,
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
		flexportTool({
			name: 'Get Shipment',
			credential,
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
		flexportTool({
			name: 'Update Shipment Metadata',
			credential,
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
 * Manual Trigger → AI Agent, with an OpenAI chat model (v1.2: Chat Completions, no Responses API)
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
}) {
	const trigger = {
		id: 'manual-trigger',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [200, 300],
		parameters: {},
	};
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

/** Bearer credential an MCP Server Trigger checks on every request. */
function bearerCredential({ id, name, token }) {
	return { id, name, type: BEARER_CREDENTIAL_TYPE, data: { token } };
}

/**
 * MCP Server Trigger (v2: Streamable HTTP at /mcp/<path>, the production URL of an active
 * workflow) with the given tool nodes; Bearer auth with `bearer` ({id, name}), none without.
 */
function mcpWorkflow({ id, name, path, tools, bearer, instructions = '' }) {
	const trigger = {
		id: 'mcp-trigger',
		name: 'Flexport MCP Server',
		type: MCP_TRIGGER_TYPE,
		typeVersion: 2,
		position: [440, 300],
		webhookId: mcpWebhookId(path),
		parameters: { authentication: bearer ? 'bearerAuth' : 'none', path, instructions },
		...(bearer
			? { credentials: { [BEARER_CREDENTIAL_TYPE]: { id: bearer.id, name: bearer.name } } }
			: {}),
	};
	const connections = {};
	for (const tool of tools)
		connections[tool.name] = { ai_tool: [[{ node: trigger.name, type: 'ai_tool', index: 0 }]] };
	return {
		id,
		name,
		active: false,
		nodes: [trigger, ...tools],
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** A stable UUID-shaped webhook id for an MCP path (n8n wants one on webhook-style triggers). */
function mcpWebhookId(path) {
	const hex = require('crypto').createHash('sha1').update(`mcp:${path}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The agent's answer (`output`) from an `n8n execute` result of an agentWorkflow. */
function agentOutput(result) {
	const items = result.items('AI Agent');
	return items?.[0]?.output;
}

module.exports = {
	FLEXPORT_TOOL_TYPE,
	AGENT_TYPE,
	OPENAI_MODEL_TYPE,
	OPENAI_CREDENTIAL_TYPE,
	MCP_TRIGGER_TYPE,
	toolName,
	fromAI,
	openAiCredential,
	flexportTool,
	shipmentTools,
	agentWorkflow,
	agentOutput,
	bearerCredential,
	mcpWorkflow,
};
