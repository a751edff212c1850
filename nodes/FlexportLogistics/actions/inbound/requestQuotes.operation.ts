/**
 * POST /inbounds/shipments/{shipmentId}/quotes (init_quote_process_for_inbounding_shipment_v2),
 * then with Wait for Result GET …/quotes (get_inbounding_shipment_quote_result) until ready.
 */
import { optionsCollection } from '../../descriptions/common.description';
import { shippingOptionField } from '../../descriptions/inbound.description';
import { readShippingOptionQuery } from '../../helpers/inboundInput';
import { startOperation } from './quoteSteps';

export const { description, execute } = startOperation(
	'quotes',
	'requestQuotes',
	[optionsCollection([shippingOptionField], { write: true })],
	(context, itemIndex) => {
		const qs = readShippingOptionQuery(context, itemIndex);
		return { request: { qs }, resultQuery: qs };
	},
);
