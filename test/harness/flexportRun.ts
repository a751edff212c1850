/** Runs Items → Flexport in n8n-core's WorkflowExecute, as n8n runs a saved or manual workflow. */
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	IRun,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { nextExecutionId } from './additionalData';
import type { CredentialStore } from './credentialStore';
import { withEditorDefaults } from './editorDefaults';
import { runAfterItems } from './itemsRun';
import { FLEXPORT_NODE_TYPE, FLEXPORT_TOOL_TYPE, nodeTypeInstances, nodeTypes } from './nodeTypes';

export interface RunOptions {
	parameters: IDataObject;
	items?: IDataObject[];
	credentialType?: 'flexportOAuth2Api' | 'flexportApi';
	credentialId?: string;
	continueOnFail?: boolean;
	mode?: WorkflowExecuteMode;
	/** Run the node as n8n runs it for an AI Agent (type `…flexportTool`). */
	asTool?: boolean;
}

export interface RunResult {
	run: IRun;
	items: INodeExecutionData[];
	error?: Error & { description?: string; httpCode?: string };
}

/** Runs Items → Flexport in n8n-core's WorkflowExecute and returns the Flexport node's output. */
export async function runFlexportNode(
	store: CredentialStore,
	options: RunOptions,
): Promise<RunResult> {
	const credentialType = options.credentialType ?? 'flexportOAuth2Api';
	const parameters = {
		...(credentialType === 'flexportApi' ? { authentication: 'apiKey' } : {}),
		...options.parameters,
	};
	const flexportNode: INode = {
		id: 'flexport-node',
		name: 'Flexport',
		type: options.asTool ? FLEXPORT_TOOL_TYPE : FLEXPORT_NODE_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters: parameters as INode['parameters'],
		credentials: { [credentialType]: { id: options.credentialId ?? 'cred-1', name: 'Flexport' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	flexportNode.parameters = withEditorDefaults(
		flexportNode,
		nodeTypeInstances[FLEXPORT_NODE_TYPE].description,
		parameters as IDataObject,
	);

	return await runAfterItems<NonNullable<RunResult['error']>>(store, {
		node: flexportNode,
		items: options.items,
		nodeTypes,
		workflow: { id: 'wf-test', name: 'Flexport test' },
		executionId: nextExecutionId(),
		mode: options.mode,
	});
}
