/** POST /freight/quotes/containers (create_containers_quote): drayage from a port. */
import { quoteOperation } from './freightQuote';

export const { description, execute } = quoteOperation('quoteContainers', 'DRAYAGE', 'containers');
