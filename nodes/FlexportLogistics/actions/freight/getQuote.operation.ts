/** GET /freight/quotes/{quoteId} (get_quote). */
import { freightQuoteLocator } from '../../descriptions/freight.description';
import { simplifyFreightQuote } from '../../helpers/freightOutput';
import { freightRead } from './freightRead';

export const { description, execute } = freightRead({
	operation: 'getQuote',
	locator: freightQuoteLocator('The freight quote to get'),
	format: 'freightQuoteId',
	path: (id) => `/freight/quotes/${id}`,
	simplifier: simplifyFreightQuote,
});
