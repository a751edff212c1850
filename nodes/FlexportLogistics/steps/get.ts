/** The shared "Get" step: one GET, one record, optionally simplified. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { logisticsRequest } from '../transport';
import { expectObject, recordItems, type Simplifier } from './record';

export interface GetRequest {
	path: string;
	scope: string;
	qs?: IDataObject;
}

export async function getRecord(
	this: IExecuteFunctions,
	itemIndex: number,
	request: GetRequest,
): Promise<IDataObject> {
	const response = await logisticsRequest.call(this, 'GET', request.path, {
		qs: request.qs,
		scope: request.scope,
		itemIndex,
	});
	return expectObject(this, response.body, `GET ${request.path}`, itemIndex);
}

export async function getItems(
	this: IExecuteFunctions,
	itemIndex: number,
	request: GetRequest,
	simplifier?: Simplifier,
): Promise<INodeExecutionData[]> {
	const record = await getRecord.call(this, itemIndex, request);
	return recordItems(this, record, itemIndex, simplifier);
}
