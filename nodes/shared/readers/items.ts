/** Output items for one input item. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

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
