/**
 * The shared "Write" step: a POST or PATCH with the item's idempotency key (helpers/idempotency.ts).
 * Its output says which key was sent and whether Flexport replayed a stored result
 * (`idempotent-replayed`), so a workflow can tell a repeat from a new write.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { idempotencyKeyFor } from '../helpers/idempotency';
import { logisticsRequest, type LogisticsResponse } from '../transport';
import { expectObject, recordItems, type Simplifier } from './record';

export interface WriteRequest {
	method: 'POST' | 'PATCH';
	path: string;
	scope: string;
	body?: IDataObject;
	qs?: IDataObject;
}

export interface WriteResult {
	response: LogisticsResponse;
	idempotency: { key: string; replayed: boolean };
}

export async function sendWrite(
	this: IExecuteFunctions,
	itemIndex: number,
	request: WriteRequest,
	key = idempotencyKeyFor(this, itemIndex),
): Promise<WriteResult> {
	const response = await logisticsRequest.call(this, request.method, request.path, {
		body: request.body,
		qs: request.qs,
		scope: request.scope,
		idempotencyKey: key,
		itemIndex,
	});
	return { response, idempotency: { key, replayed: response.replayed } };
}

/** One output item: the record Flexport answered with (or `success`), plus `idempotency`. */
export async function writeItems(
	this: IExecuteFunctions,
	itemIndex: number,
	request: WriteRequest,
	simplifier?: Simplifier,
): Promise<INodeExecutionData[]> {
	const { response, idempotency } = await sendWrite.call(this, itemIndex, request);
	const record = expectObject(this, response.body, `${request.method} ${request.path}`, itemIndex);
	const empty = Object.keys(record).length === 0;
	const items = recordItems(
		this,
		empty ? { success: true } : record,
		itemIndex,
		empty ? undefined : simplifier,
	);
	for (const item of items) item.json.idempotency = idempotency;
	return items;
}
