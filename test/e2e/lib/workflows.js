'use strict';

/**
 * Builders for the workflow and credential JSON the e2e tests import into n8n.
 * A workflow id must be 16 characters (n8n's format); use `workflowId('shipGet')`.
 *
 *   const wf = manualWorkflow('shipGet', [flexportNode({ resource: 'shipment', operation: 'get', ... })]);
 *   const hook = webhookWorkflow('loadGet', 'e2e-load', [flexportNode({...})]);
 */

const FLEXPORT_NODE_TYPE = 'n8n-nodes-flexport.flexport';
const OAUTH_CREDENTIAL_TYPE = 'flexportOAuth2Api';
const API_KEY_CREDENTIAL_TYPE = 'flexportApi';

/** Pads/truncates a readable name to n8n's 16-character id format. */
function workflowId(name) {
	const clean = name.replace(/[^A-Za-z0-9]/g, '');
	return (clean + '0000000000000000').slice(0, 16);
}

/** Data for a flexportOAuth2Api credential pointing at a simulator (or any Flexport-like host). */
function oauthCredential({
	id,
	name,
	sim,
	clientId,
	clientSecret,
	baseUrl,
	tokenUrl,
	apiVersion,
	requestFormat = 'json',
}) {
	return {
		id,
		name,
		type: OAUTH_CREDENTIAL_TYPE,
		data: {
			clientId: clientId ?? sim.clientId,
			clientSecret: clientSecret ?? sim.clientSecret,
			audience: 'https://api.flexport.com',
			scope: '',
			grantType: 'client_credentials',
			responseKeyPath: 'access_token',
			advancedSettings: true,
			tokenUrl: tokenUrl ?? sim.tokenUrl,
			requestFormat,
			baseUrl: baseUrl ?? sim.url,
			...(apiVersion ? { apiVersion } : {}),
		},
	};
}

function apiKeyCredential({ id, name, sim, apiKey, baseUrl }) {
	return {
		id,
		name,
		type: API_KEY_CREDENTIAL_TYPE,
		data: { apiKey: apiKey ?? sim.apiKey, baseUrl: baseUrl ?? sim.url },
	};
}

/** A Flexport node. `credential` is {id, name} of a flexportOAuth2Api (or flexportApi with authentication 'apiKey'). */
function flexportNode({
	name = 'Flexport',
	credential,
	authentication = 'oAuth2',
	parameters = {},
	position = [460, 300],
	...rest
}) {
	const credType = authentication === 'apiKey' ? API_KEY_CREDENTIAL_TYPE : OAUTH_CREDENTIAL_TYPE;
	return {
		id: `${name.replace(/\W/g, '')}-node`,
		name,
		type: FLEXPORT_NODE_TYPE,
		typeVersion: 1,
		position,
		parameters: { authentication, ...parameters },
		...(credential
			? { credentials: { [credType]: { id: credential.id, name: credential.name } } }
			: {}),
		...rest,
	};
}

/** Resource locator value by id, as the editor stores it. */
const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });

/** HTTP Request node using a Flexport credential (default: OAuth2) as a predefined credential type. */
function httpRequestNode({
	name = 'HTTP Request',
	credential,
	credentialType = OAUTH_CREDENTIAL_TYPE,
	url,
	method = 'GET',
	position = [460, 300],
}) {
	return {
		id: 'httpRequest-node',
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position,
		parameters: {
			method,
			url,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: credentialType,
			options: {},
		},
		credentials: { [credentialType]: { id: credential.id, name: credential.name } },
	};
}

/** Chains the nodes after the trigger in order. */
function chain(nodes) {
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++) {
		connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	}
	return connections;
}

function layout(nodes) {
	return nodes.map((node, i) => ({
		...node,
		position: node.position && i === 0 ? node.position : [240 + i * 220, 300],
	}));
}

/** A workflow started by a Manual Trigger (what `n8n execute --id` needs). */
function manualWorkflow(name, nodes, { id = workflowId(name) } = {}) {
	const trigger = {
		id: 'manual-trigger',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [240, 300],
		parameters: {},
	};
	const all = layout([trigger, ...nodes]);
	return {
		id,
		name,
		active: false,
		nodes: all,
		connections: chain(all),
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * A workflow started by a Webhook (POST /webhook/<path>) that answers with the last node's output.
 * It also has a Manual Trigger feeding the same nodes, so `n8n execute --id` can run it too.
 */
function webhookWorkflow(
	name,
	webhookPath,
	nodes,
	{ id = workflowId(name), responseData = 'allEntries' } = {},
) {
	const hook = {
		id: `webhook-${webhookPath}`,
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [240, 200],
		webhookId: webhookUuid(webhookPath),
		parameters: {
			httpMethod: 'POST',
			path: webhookPath,
			responseMode: 'lastNode',
			responseData,
			options: {},
		},
	};
	const manual = {
		id: 'manual-trigger',
		name: 'Manual Trigger',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [240, 400],
		parameters: {},
	};
	const rest = nodes.map((node, i) => ({ ...node, position: [460 + i * 220, 300] }));
	const connections = chain(rest);
	if (rest.length > 0) {
		connections.Webhook = { main: [[{ node: rest[0].name, type: 'main', index: 0 }]] };
		connections['Manual Trigger'] = { main: [[{ node: rest[0].name, type: 'main', index: 0 }]] };
	}
	return {
		id,
		name,
		active: false,
		nodes: [hook, manual, ...rest],
		connections,
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** Deterministic UUID-shaped id from a string (n8n wants a webhookId on webhook nodes). */
function webhookUuid(seed) {
	const hex = require('crypto').createHash('sha1').update(seed).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

module.exports = {
	FLEXPORT_NODE_TYPE,
	OAUTH_CREDENTIAL_TYPE,
	API_KEY_CREDENTIAL_TYPE,
	workflowId,
	oauthCredential,
	apiKeyCredential,
	flexportNode,
	httpRequestNode,
	manualWorkflow,
	webhookWorkflow,
	webhookUuid,
	byId,
};
