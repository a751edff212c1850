/** GET /freight/quotes (get_quotes), cursor pages. */
import { simplifyFreightQuote } from '../../helpers/freightOutput';
import { freightList } from './freightList';

export const { description, execute } = freightList(
	'getAllQuotes',
	'/freight/quotes',
	'quotes',
	simplifyFreightQuote,
);
