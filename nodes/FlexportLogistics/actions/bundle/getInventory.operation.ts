/** GET /bundles/{bundleId}/inventory (get_bundle_inventory). */
import { bundleRead } from './bundleRead';

export const { description, execute } = bundleRead('getInventory', '/inventory');
