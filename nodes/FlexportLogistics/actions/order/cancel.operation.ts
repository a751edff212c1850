/** POST /orders/{orderId}/cancel (cancel_order). */
import { orderAction } from './orderAction';

export const { description, execute } = orderAction(
	'cancel',
	'The order to cancel; an order that has shipped cannot be cancelled',
);
