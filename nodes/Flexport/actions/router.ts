import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { runsAsTool, toolErrorResult } from '../helpers/toolMode';
import { requestPacing } from '../transport';
import { findOperation } from './resources';

/** n8n errors pass through unchanged (they already name the item); anything else is wrapped. */
function asNodeError(
	context: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	// Another copy of n8n-workflow (tests, older n8n) makes instanceof miss; the name still tells.
	const name = (error as Error | undefined)?.name;
	if (name === 'NodeApiError' || name === 'NodeOperationError') return error as NodeApiError;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

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

type Outcome =
	| { output: INodeExecutionData[]; error?: undefined }
	| { output?: undefined; error: unknown };

/**
 * Runs the chosen operation once per input item — up to "Parallel Requests" items at a time — and
 * returns the outputs in input order, every one paired with its input item.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const parallel = Math.min(requestPacing(this).parallelRequests, Math.max(1, items.length));
	// As a tool, failures go back to the model as text it can act on (see helpers/toolMode.ts).
	const asTool = runsAsTool(this);
	const continueOnFail = this.continueOnFail() || asTool;
	const outcomes: Outcome[] = new Array(items.length);
	let next = 0;
	let stopped = false;

	const worker = async () => {
		while (!stopped && next < items.length) {
			const itemIndex = next++;
			outcomes[itemIndex] = await runItem.call(this, itemIndex).then(
				(output): Outcome => ({ output }),
				(error: unknown): Outcome => ({ error }),
			);
			// Without Continue On Fail the run stops at the first failure: start no further items.
			if (outcomes[itemIndex].error !== undefined && !continueOnFail) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: parallel }, worker));

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < outcomes.length; itemIndex++) {
		const outcome = outcomes[itemIndex];
		if (!outcome) break;
		if (outcome.output) {
			returnData.push(...outcome.output);
			continue;
		}
		const error = asNodeError(this, outcome.error, itemIndex);
		if (!continueOnFail) throw error;
		returnData.push({
			json: asTool
				? toolErrorResult(error, this.getNodeParameter('resource', itemIndex, '') as string)
				: {
						error: error.message,
						...(error.description ? { description: error.description } : {}),
					},
			pairedItem: { item: itemIndex },
		});
	}
	return [returnData];
}
