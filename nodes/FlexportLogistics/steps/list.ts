/** The shared "Get Many" step: Return All / Limit over the operation's paging style. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { limitParameter } from '../../shared/readers/parameters';
import { toolCappedLimit } from '../../shared/toolMode';
import { logisticsList, type ListOptions } from '../transport';
import { recordItems, type Simplifier } from './record';

export async function listItems(
	this: IExecuteFunctions,
	itemIndex: number,
	path: string,
	options: Omit<ListOptions, 'limit' | 'itemIndex'>,
	simplifier?: Simplifier,
): Promise<INodeExecutionData[]> {
	// As an AI tool, a list returns at most TOOL_MAX_RESULTS records, whatever Return All says.
	const limit = toolCappedLimit(this, limitParameter(this, itemIndex));
	const records = await logisticsList.call(this, path, { ...options, limit, itemIndex });
	return recordItems(this, records, itemIndex, simplifier);
}
