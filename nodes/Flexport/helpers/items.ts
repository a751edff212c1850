/** Output items for one input item. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { simplifyObject } from './simplify';

/** Output items for one input item, each paired with it. */
export function toItems(
	context: IExecuteFunctions,
	data: IDataObject | IDataObject[],
	itemIndex: number,
): INodeExecutionData[] {
	return context.helpers.constructExecutionMetaData(context.helpers.returnJsonArray(data), {
		itemData: { item: itemIndex },
	});
}

/** Items for one object, simplified unless the operation's Simplify switch is off. */
export function objectItems(
	context: IExecuteFunctions,
	record: IDataObject,
	itemIndex: number,
): INodeExecutionData[] {
	const simple = context.getNodeParameter('simplify', itemIndex, true) as boolean;
	return toItems(context, simple ? simplifyObject(record) : record, itemIndex);
}
