/** POST /bundles (create_bundle). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requiredText, rowsInput, skuQuantityValues } from '../../descriptions/common.description';
import { textParameter } from '../../../shared/readers/parameters';
import { failParameter } from '../../../shared/readers/values';
import { postOperation } from '../../helpers/postOperation';
import { readRows, skuAndQuantity } from '../../helpers/rows';
import { SCOPES } from '../../helpers/scopes';

function readBundleBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const title = textParameter(context, 'title', 'Title', itemIndex, 255);
	if (title.length < 3) failParameter(context, itemIndex, '"Title" needs at least 3 characters');
	const { rows, field } = readRows(
		context,
		'bundleContents',
		'product',
		'Bundle Contents',
		itemIndex,
	);
	// Flexport's docs allow 1 to 20 products per bundle.
	if (rows.length > 20) failParameter(context, itemIndex, `"${field}" holds more than 20 products`);
	return {
		externalBundleId: textParameter(
			context,
			'externalBundleId',
			'External Bundle ID',
			itemIndex,
			255,
		),
		title,
		sku: textParameter(context, 'sku', 'SKU', itemIndex, 255),
		bundleContents: rows.map((row, index) => {
			const { sku, quantity } = skuAndQuantity(context, row, 'productId', field, index, itemIndex);
			return { productId: sku, quantity };
		}),
	};
}

export const { description, execute } = postOperation({
	resource: 'bundle',
	operation: 'create',
	properties: [
		requiredText(
			'External Bundle ID',
			'externalBundleId',
			'e.g. GIFT-SET-01',
			'Your permanent, unique reference for the bundle; orders name the bundle by it',
		),
		requiredText(
			'Title',
			'title',
			'e.g. Mug and Coaster Gift Set',
			'The bundle title, at least 3 characters',
		),
		requiredText('SKU', 'sku', 'e.g. GIFT-SET-01', 'Your SKU for the bundle, used in reports'),
		...rowsInput({
			name: 'bundleContents',
			displayName: 'Bundle Contents',
			rowName: 'product',
			rowDisplayName: 'Product',
			example: JSON.stringify([{ productId: 'DAB12CD34EF', quantity: 1 }], null, 2),
			description: 'The products in the bundle (1 to 20), each by Logistics SKU with its quantity',
			values: skuQuantityValues('productId'),
		}),
	],
	path: '/bundles',
	scope: SCOPES.bundles.write,
	readBody: readBundleBody,
});
