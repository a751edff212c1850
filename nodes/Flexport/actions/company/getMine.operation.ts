import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplify, updateDisplayOptions } from '../../descriptions/common.description';
import { objectItems } from '../../helpers/items';
import { MY_COMPANY_PATH } from '../../objects';
import { requestVersion } from '../../steps/version';
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
	const company = await flexportApiRequest.call(this, 'GET', MY_COMPANY_PATH, {
		itemIndex,
		apiVersion: requestVersion(this, itemIndex),
	});
	return objectItems(this, company, itemIndex);
}
