/** The shared body of every "Get Many" operation: filters, sort, Return All / Limit, Simplify. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { type FilterSpec, filtersToQuery, sortToQuery } from '../descriptions/common.descriptions';
import { flexportApiRequestAllItems } from '../transport';
import { simplifyObject } from './output';
import { requireNumber, toItems } from './utils';

export async function listRecords(
	this: IExecuteFunctions,
	itemIndex: number,
	path: string,
	options: { filters?: FilterSpec[]; sortValues?: readonly string[]; query?: IDataObject } = {},
): Promise<INodeExecutionData[]> {
	const query: IDataObject = { ...options.query };
	if (options.filters) Object.assign(query, filtersToQuery(this, options.filters, itemIndex));
	if (options.sortValues) Object.assign(query, sortToQuery(this, options.sortValues, itemIndex));
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? undefined
		: requireNumber(this, this.getNodeParameter('limit', itemIndex, 50), 'Limit', itemIndex, {
				min: 1,
				integer: true,
			});
	const records = await flexportApiRequestAllItems.call(this, path, query, { limit, itemIndex });
	const simple = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	return toItems(this, simple ? records.map(simplifyObject) : records, itemIndex);
}
