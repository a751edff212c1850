/** POST /freight/quotes/pallets (create_pallets_quote): less than a truckload (LTL). */
import { quoteOperation } from './freightQuote';

export const { description, execute } = quoteOperation('quotePallets', 'LTL', 'pallets');
