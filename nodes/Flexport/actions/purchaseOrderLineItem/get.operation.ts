import { LOCATORS } from '../../descriptions/objects.description';
import { getOperation } from '../../steps/operations';

export const { description, execute } = getOperation(
	'purchaseOrderLineItem',
	LOCATORS.purchaseOrderLineItem,
);
