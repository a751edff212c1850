/** POST /freight/orders/containers (create_containers_order): book a drayage quote. */
import { bookOperation } from './freightOrder';

export const { description, execute } = bookOperation('bookContainers', 'DRAYAGE', 'containers');
