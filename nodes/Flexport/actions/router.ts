import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { runAsNodeOrTool } from '../../shared/toolMode';
import { freightToolSubject } from '../helpers/toolMode';
import { findOperation } from './resources';

async function runItem(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const resource = this.getNodeParameter('resource', itemIndex) as string;
	const operation = this.getNodeParameter('operation', itemIndex) as string;
	const handler = findOperation(resource, operation);
	if (!handler) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for "${resource}"`,
			{ itemIndex },
		);
	}
	return await handler.execute.call(this, itemIndex);
}

/**
 * Runs the chosen operation once per input item — up to "Parallel Requests" items at a time — and
 * returns the outputs in input order, every one paired with its input item (nodes/shared/runItems.ts).
 * As a tool, failures go back to the model as text it can act on (nodes/shared/toolMode.ts).
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runAsNodeOrTool(this, runItem, freightToolSubject);
}
