import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.descriptions';
import { objectItems } from '../../helpers/objects';
import { updateDisplayOptions } from '../../helpers/utils';
import { flexportApiRequest } from '../../transport';

const properties: INodeProperties[] = [simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['getMine'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const company = await flexportApiRequest.call(this, 'GET', '/network/me/companies', {
		itemIndex,
	});
	return objectItems(this, company, itemIndex);
}
