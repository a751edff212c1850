/**
 * The node types the Logistics runs know: the Flexport Logistics node, a probe that runs one list
 * of its transport, test nodes added by tests, and everything of ./nodeTypes.ts. Loading this
 * module also teaches the credentials helper (./credentialsHelper.ts) the Logistics credential.
 */
import type {
	IExecuteFunctions,
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';

import { FlexportLogisticsApi } from '../../credentials/FlexportLogisticsApi.credentials';
import { FlexportLogistics } from '../../nodes/FlexportLogistics/FlexportLogistics.node';
import { logisticsList, type PagingStyle } from '../../nodes/FlexportLogistics/transport';
import { credentialTypes } from './credentialsHelper';
import { nodeTypes } from './nodeTypes';

credentialTypes.flexportLogisticsApi = new FlexportLogisticsApi();

/** A test-only node that runs one list of the transport, to test the paging styles end to end. */
class LogisticsListProbe implements INodeType {
	description = {
		displayName: 'Logistics List Probe',
		name: 'logisticsListProbe',
		group: ['transform'],
		version: 1,
		description: 'Calls logisticsList',
		defaults: { name: 'Probe' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'flexportLogisticsApi', required: true }],
		properties: [
			{ displayName: 'Path', name: 'path', type: 'string', default: '' },
			{ displayName: 'Style', name: 'style', type: 'string', default: 'offset' },
			{ displayName: 'Max Page Size', name: 'maxPageSize', type: 'number', default: 100 },
			{ displayName: 'Limit', name: 'limit', type: 'number', default: 0 },
			{ displayName: 'Records Key', name: 'recordsKey', type: 'string', default: '' },
			{ displayName: 'Query (JSON)', name: 'qs', type: 'string', default: '{}' },
		],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const parameter = (name: string) => this.getNodeParameter(name, 0);
		const qs = parameter('qs');
		const records = await logisticsList.call(this, String(parameter('path')), {
			style: parameter('style') as PagingStyle,
			maxPageSize: Number(parameter('maxPageSize')),
			limit: Number(parameter('limit')) || undefined,
			recordsKey: String(parameter('recordsKey')) || undefined,
			qs: (typeof qs === 'string' ? JSON.parse(qs) : qs) as IDataObject,
		});
		return [records.map((json) => ({ json, pairedItem: { item: 0 } }))];
	}
}

export const LOGISTICS_NODE_TYPE = 'n8n-nodes-flexport.flexportLogistics';
export const LIST_PROBE_TYPE = 'test.logisticsListProbe';

export const logisticsNodes: Record<string, INodeType> = {
	[LOGISTICS_NODE_TYPE]: new FlexportLogistics(),
	[LIST_PROBE_TYPE]: new LogisticsListProbe(),
};

/** Adds a test-only node type (for example one whose routing is a credential's test request). */
export function registerLogisticsTestNode(type: string, node: INodeType): void {
	logisticsNodes[type] = node;
}

export const logisticsNodeTypes: INodeTypes = {
	getByName: (type) =>
		(logisticsNodes[type] as INodeType | undefined) ??
		(nodeTypes.getByName(type) as INodeType | IVersionedNodeType),
	getByNameAndVersion: (type, version) =>
		logisticsNodes[type] ?? nodeTypes.getByNameAndVersion(type, version),
	getKnownTypes: () => ({}),
};
