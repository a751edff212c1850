/** POST /freight/quotes/trucks (create_truck_quote): a full truckload (FTL). */
import { quoteOperation } from './freightQuote';

export const { description, execute } = quoteOperation('quoteTruck', 'FTL', 'trucks');
