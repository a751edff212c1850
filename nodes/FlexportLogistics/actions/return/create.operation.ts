import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, simplify } from '../../descriptions/common.description';
import { returnAdditionalFields, returnItemsInput } from '../../descriptions/return.description';
import { readCreateReturnBody } from '../../helpers/returnInput';
import { simplifyReturn } from '../../helpers/returnOutput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

const properties: INodeProperties[] = [
	{
		displayName: 'RMA',
		name: 'rma',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. RMA-7001',
		description: 'Your return merchandise authorisation number for the return',
	},
	{
		displayName: 'External Return ID',
		name: 'externalReturnId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.return_id }}',
		description:
			'Your unique reference for the return in the system it comes from; Flexport refuses a second return with the same one',
	},
	...returnItemsInput,
	returnAdditionalFields,
	simplify,
	optionsCollection([], { write: true }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['return'], operation: ['create'] } },
	properties,
);

/** POST /returns (returns_create_order); Flexport buys a label unless an external one is given. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await writeItems.call(
		this,
		itemIndex,
		{
			method: 'POST',
			path: '/returns',
			body: readCreateReturnBody(this, itemIndex),
			scope: SCOPES.returns.write,
		},
		simplifyReturn,
	);
}
