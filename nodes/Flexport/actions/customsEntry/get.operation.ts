import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { getObject, getProperties, TARGETS } from '../../helpers/objects';
import { updateDisplayOptions } from '../../helpers/utils';

export const description = updateDisplayOptions(
	{ show: { resource: ['customsEntry'], operation: ['get'] } },
	getProperties(TARGETS.customsEntry),
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getObject.call(this, itemIndex, TARGETS.customsEntry);
}
