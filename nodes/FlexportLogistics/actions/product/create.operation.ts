/** POST /products (create_product); Flexport assigns the Logistics SKU. */
import { fieldsCollection, requiredText } from '../../descriptions/common.description';
import { customsField, dimensionsField } from '../../descriptions/product.description';
import { postOperation } from '../../helpers/postOperation';
import { readCreateProductBody } from '../../helpers/productInput';
import { SCOPES } from '../../helpers/scopes';

export const { description, execute } = postOperation({
	resource: 'product',
	operation: 'create',
	properties: [
		requiredText(
			'Name',
			'name',
			'e.g. Ceramic Mug 350 ml',
			'The product name or a short description, on one line',
		),
		requiredText(
			'Merchant SKU',
			'merchantSku',
			'e.g. MUG-350-WHT',
			'Your own SKU for the product, used in reports',
		),
		fieldsCollection('Additional Fields', [customsField, dimensionsField]),
	],
	path: '/products',
	scope: SCOPES.products.write,
	readBody: readCreateProductBody,
});
