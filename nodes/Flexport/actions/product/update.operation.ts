import { LOCATORS } from '../../descriptions/objects.description';
import { PRODUCT_FIELD_OPTIONS } from '../../descriptions/products.description';
import { productFieldsToBody } from '../../helpers/products';
import { updateOperation } from '../../steps/operations';

export const { description, execute } = updateOperation(
	'product',
	LOCATORS.product,
	PRODUCT_FIELD_OPTIONS,
	(context, fields, itemIndex) => productFieldsToBody(context, fields, 'Update Fields', itemIndex),
);
