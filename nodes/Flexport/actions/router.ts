import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { findOperation } from './resources';

/** n8n errors pass through unchanged (they already name the item); anything else is wrapped. */
function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	// Another copy of n8n-workflow (tests, older n8n) makes instanceof miss; the name still tells.
	const name = (error as Error | undefined)?.name;
	if (name === 'NodeApiError' || name === 'NodeOperationError') return error as NodeApiError;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

async function runItem(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const resource = this.getNodeParameter('resource', i) as string;
	const operation = this.getNodeParameter('operation', i) as string;
	const handler = findOperation(resource, operation);
	if (!handler) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported for "${resource}"`, { itemIndex: i });
	}
	return await handler.execute.call(this, i);
}

/** Runs the chosen operation once per input item, pairing every output with its input. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];

	for (let i = 0; i < items.length; i++) {
		const outcome = await runItem.call(this, i).then(
			(output) => ({ output, error: undefined }),
			(error: unknown) => ({ output: undefined, error }),
		);
		if (outcome.output) {
			returnData.push(...outcome.output);
			continue;
		}
		const error = asNodeError(this, outcome.error, i);
		if (!this.continueOnFail()) throw error;
		returnData.push({
			json: { error: error.message, ...(error.description ? { description: error.description } : {}) },
			pairedItem: { item: i },
		});
	}

	return [returnData];
}
