import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.descriptions';
import { getObject, objectLocator, TARGETS } from '../../helpers/network';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [objectLocator(TARGETS.product), simplify];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getObject.call(this, i, TARGETS.product);
}
