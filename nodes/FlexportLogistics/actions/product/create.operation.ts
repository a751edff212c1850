import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { customsField, dimensionsField } from '../../descriptions/product.description';
import { readCreateProductBody } from '../../helpers/productInput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Ceramic Mug 350 ml',
		description: 'The product name or a short description, on one line',
	},
	{
		displayName: 'Merchant SKU',
		name: 'merchantSku',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. MUG-350-WHT',
		description: 'Your own SKU for the product, used in reports',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [customsField, dimensionsField],
	},
	optionsCollection([], { write: true }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['create'] } },
	properties,
);

/** POST /products (create_product); Flexport assigns the Logistics SKU. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: '/products',
		body: readCreateProductBody(this, itemIndex),
		scope: SCOPES.products.write,
	});
}
