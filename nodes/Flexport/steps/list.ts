/** The "Get Many" step: filters, sort, Return All / Limit, Simplify. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { FilterSpec } from '../descriptions/filters.description';
import { toItems } from '../helpers/items';
import { limitParameter } from '../helpers/parameters';
import {
	filtersDependOnVersion,
	filtersToQuery,
	filtersVersion,
	sortToQuery,
} from '../helpers/query';
import { effectiveVersion, requestVersion } from './version';
import { simplifyObject } from '../helpers/simplify';
import { toolCappedLimit } from '../helpers/toolMode';
import type { FlexportObject } from '../objects';
import { flexportApiRequestAllItems } from '../transport';

export async function listRecords(
	this: IExecuteFunctions,
	itemIndex: number,
	object: FlexportObject,
	options: {
		filters?: FilterSpec[];
		sortValues?: readonly string[];
		query?: IDataObject;
		/** The version the list needs whatever the filters (3 for a list only v3 offers). */
		apiVersion?: string;
	} = {},
): Promise<INodeExecutionData[]> {
	const filters = options.filters ?? [];
	const needed = filtersVersion(this, filters, itemIndex) ?? options.apiVersion;
	const version = requestVersion(this, itemIndex, needed);
	const queryVersion = filtersDependOnVersion(this, filters, itemIndex)
		? await effectiveVersion(this, itemIndex, needed)
		: version;
	const query: IDataObject = { ...options.query };
	Object.assign(query, filtersToQuery(this, filters, itemIndex, queryVersion));
	if (options.sortValues) Object.assign(query, sortToQuery(this, options.sortValues, itemIndex));
	// As a tool, at most TOOL_MAX_RESULTS records, so one call cannot flood the prompt.
	const limit = toolCappedLimit(this, limitParameter(this, itemIndex));
	const records = await flexportApiRequestAllItems.call(this, object.path, query, {
		limit,
		itemIndex,
		apiVersion: version,
	});
	const simple = this.getNodeParameter('simplify', itemIndex, false) as boolean;
	return toItems(this, simple ? records.map(simplifyObject) : records, itemIndex);
}
