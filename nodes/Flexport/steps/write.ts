/** The "Create" / "Update" step: send the body, output the object Flexport returns. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { objectItems, toItems } from '../helpers/items';
import { flexportApiRequest } from '../transport';

/**
 * Sends a create (POST) or update (PATCH) and outputs the object Flexport returns: as it is, or
 * through the operation's Simplify switch (`output: 'simplify'`, for operations that have one).
 */
export async function writeObject(
	this: IExecuteFunctions,
	itemIndex: number,
	method: 'POST' | 'PATCH',
	path: string,
	body: IDataObject,
	output: 'raw' | 'simplify' = 'raw',
): Promise<INodeExecutionData[]> {
	const record = await flexportApiRequest.call(this, method, path, { body, itemIndex });
	return output === 'simplify'
		? objectItems(this, record, itemIndex)
		: toItems(this, record, itemIndex);
}
