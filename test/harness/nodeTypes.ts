/**
 * The node types the engine harness can run: the Flexport node (also as the tool an AI Agent
 * calls), a start node that emits test items and a probe that hands a test n8n-core's request
 * helpers (used by ./realHelpers.ts).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestHelper,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';

import { Flexport } from '../../nodes/Flexport/Flexport.node';

export const FLEXPORT_NODE_TYPE = 'n8n-nodes-flexport.flexport';
// The type n8n gives a usableAsTool node that an AI Agent or MCP Server Trigger calls.
export const FLEXPORT_TOOL_TYPE = 'n8n-nodes-flexport.flexportTool';
export const ITEMS_SOURCE_TYPE = 'test.itemsSource';
export const HELPERS_PROBE_TYPE = 'test.helpersProbe';

/** A start node that emits the items given in its `items` parameter (JSON text). */
class ItemsSource implements INodeType {
	description = {
		displayName: 'Items',
		name: 'itemsSource',
		group: ['input'],
		version: 1,
		description: 'Emits test items',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: ['main'],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'string', default: '[{}]' } as INodeProperties,
		],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

/** What the running probe calls, and what that call returned. */
export const helpersProbe: {
	callback?: (helper: IHttpRequestHelper) => Promise<unknown>;
	result?: unknown;
} = {};

/** Hands n8n-core's real request helpers of a running node to a test callback. */
class HelpersProbe implements INodeType {
	description = {
		displayName: 'Helpers Probe',
		name: 'helpersProbe',
		group: ['input'],
		version: 1,
		description: 'Exposes this.helpers to a test',
		defaults: { name: 'Probe' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		helpersProbe.result = await helpersProbe.callback?.({
			helpers: this.helpers,
		} as IHttpRequestHelper);
		return [[{ json: {} }]];
	}
}

export const nodeTypeInstances: Record<string, INodeType> = {
	[FLEXPORT_NODE_TYPE]: new Flexport(),
	[FLEXPORT_TOOL_TYPE]: new Flexport(),
	[ITEMS_SOURCE_TYPE]: new ItemsSource(),
	[HELPERS_PROBE_TYPE]: new HelpersProbe(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type: string) => nodeTypeInstances[type] as INodeType | IVersionedNodeType,
	getByNameAndVersion: (type: string) => nodeTypeInstances[type],
	getKnownTypes: () => ({}),
};
