/** POST /freight/orders/pallets (create_pallets_order): book an LTL quote. */
import { bookOperation } from './freightOrder';

export const { description, execute } = bookOperation('bookPallets', 'LTL', 'pallets');
