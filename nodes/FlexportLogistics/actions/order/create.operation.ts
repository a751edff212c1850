/** POST /orders (create_order202307). */
import { requiredText } from '../../descriptions/common.description';
import {
	lineItems,
	orderAdditionalFields,
	shippingAddress,
} from '../../descriptions/order.description';
import { readCreateOrderBody } from '../../helpers/orderInput';
import { simplifyOrder } from '../../helpers/orderOutput';
import { postOperation } from '../../helpers/postOperation';
import { SCOPES } from '../../helpers/scopes';

export const { description, execute } = postOperation({
	resource: 'order',
	operation: 'create',
	properties: [
		requiredText(
			'External Order ID',
			'externalOrderId',
			'e.g. {{ $json.order_number }}',
			'Your unique reference for the order, such as the shop order number; Flexport refuses a second order with the same one',
		),
		shippingAddress,
		...lineItems,
		orderAdditionalFields,
	],
	path: '/orders',
	scope: SCOPES.orders.write,
	readBody: readCreateOrderBody,
	simplifier: simplifyOrder,
});
