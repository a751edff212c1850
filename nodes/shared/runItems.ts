/**
 * Runs an operation once per input item — up to "Parallel Requests" items at a time — and returns
 * the outputs in input order, every one paired with its input item. Without Continue On Fail the
 * run stops at the first failure; with it, a failed item becomes an `{error, description, …}` item.
 * API-neutral: an API node passes its per-item handler and, optionally, extra fields for failures.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { requestPacing } from './transport/pacing';

export type ItemHandler = (
	this: IExecuteFunctions,
	itemIndex: number,
) => Promise<INodeExecutionData[]>;

/** n8n errors pass through unchanged (they already name the item); anything else is wrapped. */
export function asNodeError(
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

type Outcome =
	| { output: INodeExecutionData[]; error?: undefined }
	| { output?: undefined; error: unknown };

export async function runItems(
	context: IExecuteFunctions,
	handler: ItemHandler,
	failureFields: (
		error: NodeApiError | NodeOperationError,
		itemIndex: number,
	) => IDataObject = () => ({}),
	continueOnFail = context.continueOnFail(),
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const parallel = Math.min(requestPacing(context).parallelRequests, Math.max(1, items.length));
	const outcomes: Outcome[] = new Array(items.length);
	let next = 0;
	let stopped = false;

	const worker = async () => {
		while (!stopped && next < items.length) {
			const itemIndex = next++;
			outcomes[itemIndex] = await handler.call(context, itemIndex).then(
				(output): Outcome => ({ output }),
				(error: unknown): Outcome => ({ error }),
			);
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
		const error = asNodeError(context, outcome.error, itemIndex);
		if (!continueOnFail) throw error;
		returnData.push({
			json: {
				error: error.message,
				...(error.description ? { description: error.description } : {}),
				...failureFields(error, itemIndex),
			},
			pairedItem: { item: itemIndex },
		});
	}
	return [returnData];
}
