/** POST /orders/{orderId}/retry (retry_order): Flexport accepts it for cancelled orders. */
import { orderAction } from './orderAction';

export const { description, execute } = orderAction(
	'retry',
	'The order to process again (Flexport retries orders that were cancelled)',
);
