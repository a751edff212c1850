/** GET /freight/orders/{orderId} (get_freight_order). */
import { freightOrderLocator } from '../../descriptions/freight.description';
import { simplifyFreightOrder } from '../../helpers/freightOutput';
import { freightRead } from './freightRead';

export const { description, execute } = freightRead({
	operation: 'getOrder',
	locator: freightOrderLocator('The freight order to get'),
	format: 'freightOrderId',
	path: (id) => `/freight/orders/${id}`,
	simplifier: simplifyFreightOrder,
});
