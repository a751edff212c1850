/** GET /inbounds/shipments/{shipmentId}/quotes/buy (get_inbounding_shipment_quote_purchase_result). */
import { resultOperation } from './quoteSteps';

export const { description, execute } = resultOperation('purchase', 'getPurchasedQuotes');
