/** GET /bundles/{bundleId} (get_bundle). */
import { bundleRead } from './bundleRead';

export const { description, execute } = bundleRead('get', '');
