import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { getProperties, LOCATORS } from '../../descriptions/objects.description';
import { getObject } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['shipment'], operation: ['get'] } },
	getProperties(LOCATORS.shipment),
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getObject.call(this, itemIndex, LOCATORS.shipment);
}
