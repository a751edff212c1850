/** The Logistics trigger nodes in a one-node workflow, as n8n builds it for hooks, webhooks and polls. */
import type {
	IDataObject,
	INode,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
	IWorkflowBase,
	Workflow,
} from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { FlexportLogisticsEventsTrigger } from '../../../nodes/FlexportLogisticsEventsTrigger/FlexportLogisticsEventsTrigger.node';
import { FlexportLogisticsTrigger } from '../../../nodes/FlexportLogisticsTrigger/FlexportLogisticsTrigger.node';
import { singleNodeWorkflow } from '../../harness/workflow';

export const WEBHOOK_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportLogisticsTrigger';
export const EVENTS_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportLogisticsEventsTrigger';
export const WEBHOOK_ID = 'logistics-hook';

export const instances: Record<string, INodeType> = {
	[WEBHOOK_TRIGGER_TYPE]: new FlexportLogisticsTrigger(),
	[EVENTS_TRIGGER_TYPE]: new FlexportLogisticsEventsTrigger(),
};

const triggerNodeTypes: INodeTypes = {
	getByName: (type: string) => instances[type] as INodeType | IVersionedNodeType,
	getByNameAndVersion: (type: string) => instances[type],
	getKnownTypes: () => ({}),
};

let executionCounter = 0;

/** A fresh execution id for a context. */
export function nextExecutionId(prefix: string): string {
	return `${prefix}-${++executionCounter}`;
}

/** The one-node workflow of a trigger, parameters completed with their defaults as the editor saves them. */
export function triggerWorkflow(
	type: string,
	parameters: IDataObject,
	credentialId: string,
	staticData: IDataObject,
): { workflow: Workflow; node: INode; workflowData: IWorkflowBase } {
	const node: INode = {
		id: 'logistics-trigger-node',
		name: 'Trigger',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: { flexportLogisticsApi: { id: credentialId, name: 'Logistics' } },
		webhookId: WEBHOOK_ID,
	};
	const { description } = instances[type];
	const resolved = NodeHelpers.getNodeParameters(
		description.properties,
		node.parameters,
		true,
		false,
		node,
		description,
	);
	node.parameters = { ...(resolved ?? {}), ...(parameters as INode['parameters']) };
	const { workflow, workflowData } = singleNodeWorkflow(node, triggerNodeTypes, {
		id: 'wf-logistics-trigger',
		name: 'Logistics trigger test',
		active: true,
		staticData,
	});
	return { workflow, node: workflow.getNode('Trigger') as INode, workflowData };
}
