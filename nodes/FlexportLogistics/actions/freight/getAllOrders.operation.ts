/** GET /freight/orders (get_freight_orders), cursor pages. */
import { simplifyFreightOrder } from '../../helpers/freightOutput';
import { freightList } from './freightList';

export const { description, execute } = freightList(
	'getAllOrders',
	'/freight/orders',
	'orders',
	simplifyFreightOrder,
);
