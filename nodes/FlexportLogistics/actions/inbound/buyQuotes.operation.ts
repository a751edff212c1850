/**
 * POST /inbounds/shipments/{shipmentId}/quotes/buy (init_quote_purchase_process_for_inbounding_shipment_v2),
 * then with Wait for Result GET …/quotes/buy (get_inbounding_shipment_quote_purchase_result).
 */
import { optionsCollection, requiredText } from '../../descriptions/common.description';
import { readQuoteIds } from '../../helpers/inboundInput';
import { startOperation } from './quoteSteps';

export const { description, execute } = startOperation(
	'purchase',
	'buyQuotes',
	[
		requiredText(
			'Quote IDs',
			'quoteIds',
			'e.g. 410010, 410011',
			'The ID of each quote to buy, from Request Quotes or Get Quotes: comma-separated, or a number or an array from an expression',
		),
		optionsCollection([], { write: true }),
	],
	(context, itemIndex) => ({
		request: { body: { quoteIds: readQuoteIds(context, itemIndex) } },
		resultQuery: {},
	}),
);
