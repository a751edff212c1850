/** POST /freight/orders/trucks (create_trucks_order): book an FTL quote. */
import { bookOperation } from './freightOrder';

export const { description, execute } = bookOperation('bookTruck', 'FTL', 'trucks');
