/** Freight output items: Simplify applied; toItems comes from nodes/shared/readers. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toItems } from '../../shared/readers/items';
import { simplifyObject } from './simplify';

export { toItems };

/** Items for one object, simplified unless the operation's Simplify switch is off. */
export function objectItems(
	context: IExecuteFunctions,
	record: IDataObject,
	itemIndex: number,
): INodeExecutionData[] {
	const simple = context.getNodeParameter('simplify', itemIndex, true) as boolean;
	return toItems(context, simple ? simplifyObject(record) : record, itemIndex);
}
