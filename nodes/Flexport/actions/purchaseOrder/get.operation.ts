import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { getProperties, LOCATORS } from '../../descriptions/objects.description';
import { getObject } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['get'] } },
	getProperties(LOCATORS.purchaseOrder),
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getObject.call(this, itemIndex, LOCATORS.purchaseOrder);
}
