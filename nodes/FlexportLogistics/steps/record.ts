/** Reading one record from a Logistics response body, and shaping it for output. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { toItems } from '../../shared/readers/items';
import { LOGISTICS_SERVICE } from '../transport';

export type Simplifier = (record: IDataObject) => IDataObject;

/** The JSON object Flexport answered with; an empty body is `{}`, anything else is an error. */
export function expectObject(
	context: IExecuteFunctions,
	body: unknown,
	request: string,
	itemIndex: number,
): IDataObject {
	if (body === undefined || body === null || body === '') return {};
	if (typeof body === 'object' && !Array.isArray(body)) return body as IDataObject;
	throw new NodeApiError(context.getNode(), { message: 'Unexpected response' } as JsonObject, {
		message: `${LOGISTICS_SERVICE} answered ${request} with a body that is not a JSON object`,
		description:
			'The response may have been cut off. Try again; if it persists, check the Base URL and API Version of the credential.',
		itemIndex,
	});
}

/** Items for records, simplified when the operation has Simplify on and a simplifier. */
export function recordItems(
	context: IExecuteFunctions,
	records: IDataObject | IDataObject[],
	itemIndex: number,
	simplifier?: Simplifier,
): INodeExecutionData[] {
	const simple = simplifier && (context.getNodeParameter('simplify', itemIndex, true) as boolean);
	const list = Array.isArray(records) ? records : [records];
	return toItems(context, simple ? list.map(simplifier) : list, itemIndex);
}
