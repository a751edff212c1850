/** The "Create" / "Update" step: send the body, output the object Flexport returns. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { objectItems, toItems } from '../helpers/items';
import { flexportApiRequest } from '../transport';
import { requestVersion } from './version';

/**
 * Sends a create (POST) or update (PATCH) and outputs the object Flexport returns: as it is, or
 * through the operation's Simplify switch (`output: 'simplify'`, for operations that have one).
 * `apiVersion` is the version the operation needs, if it needs one (steps/version.ts).
 */
export async function writeObject(
	this: IExecuteFunctions,
	itemIndex: number,
	method: 'POST' | 'PATCH',
	path: string,
	body: IDataObject,
	options: { output?: 'raw' | 'simplify'; apiVersion?: string } = {},
): Promise<INodeExecutionData[]> {
	const apiVersion = requestVersion(this, itemIndex, options.apiVersion);
	const record = await flexportApiRequest.call(this, method, path, { body, itemIndex, apiVersion });
	return options.output === 'simplify'
		? objectItems(this, record, itemIndex)
		: toItems(this, record, itemIndex);
}
