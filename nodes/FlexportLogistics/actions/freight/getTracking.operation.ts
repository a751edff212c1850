/** GET /freight/tracking_events/{bolId} (get_bol_tracking). */
import { bolLocator } from '../../descriptions/freight.description';
import { simplifyTracking } from '../../helpers/freightOutput';
import { freightRead } from './freightRead';

export const { description, execute } = freightRead({
	operation: 'getTracking',
	locator: bolLocator(),
	format: 'bolId',
	path: (id) => `/freight/tracking_events/${id}`,
	simplifier: simplifyTracking,
});
