/** A workflow of one node, as the contexts built outside WorkflowExecute (poll, webhook, list search) need it. */
import type { IDataObject, INode, INodeTypes, IWorkflowBase } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

export function singleNodeWorkflow(
	node: INode,
	nodeTypes: INodeTypes,
	options: { id: string; name: string; active?: boolean; staticData?: IDataObject },
): { workflow: Workflow; workflowData: IWorkflowBase } {
	const active = options.active ?? false;
	const settings = { executionOrder: 'v1' as const };
	const workflowData = {
		id: options.id,
		name: options.name,
		active,
		isArchived: false,
		nodes: [node],
		connections: {},
		settings,
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: options.id,
		name: options.name,
		nodes: [node],
		connections: {},
		active,
		nodeTypes,
		settings,
		staticData: options.staticData,
	});
	return { workflow, workflowData };
}
