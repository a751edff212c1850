/** GET /inbounds/shipments/{shipmentId}/quotes (get_inbounding_shipment_quote_result). */
import { resultOperation } from './quoteSteps';

export const { description, execute } = resultOperation('quotes', 'getQuotes');
