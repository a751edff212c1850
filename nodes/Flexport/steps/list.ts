/** The "Get Many" step: filters, sort, Return All / Limit, Simplify. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { FilterSpec } from '../descriptions/filters.description';
import { toItems } from '../helpers/items';
import { limitParameter } from '../helpers/parameters';
import { filtersToQuery, sortToQuery } from '../helpers/query';
import { simplifyObject } from '../helpers/simplify';
import { toolCappedLimit } from '../helpers/toolMode';
import type { FlexportObject } from '../objects';
import { flexportApiRequestAllItems } from '../transport';

export async function listRecords(
	this: IExecuteFunctions,
	itemIndex: number,
	object: FlexportObject,
	options: { filters?: FilterSpec[]; sortValues?: readonly string[]; query?: IDataObject } = {},
): Promise<INodeExecutionData[]> {
	const query: IDataObject = { ...options.query };
	if (options.filters) Object.assign(query, filtersToQuery(this, options.filters, itemIndex));
	if (options.sortValues) Object.assign(query, sortToQuery(this, options.sortValues, itemIndex));
	// As a tool, at most TOOL_MAX_RESULTS records, so one call cannot flood the prompt.
	const limit = toolCappedLimit(this, limitParameter(this, itemIndex));
	const records = await flexportApiRequestAllItems.call(this, object.path, query, {
		limit,
		itemIndex,
	});
	const simple = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	return toItems(this, simple ? records.map(simplifyObject) : records, itemIndex);
}
