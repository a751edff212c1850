/**
 * POST /parcels/quote (get_parcel_quote_v2): a read sent as POST, so it carries an
 * idempotency key like every POST; the answer is the price and the billed weight.
 */
import { fieldsCollection } from '../../descriptions/common.description';
import {
	parcelDimensionsField,
	serviceLevelField,
	shipToAddressField,
} from '../../descriptions/parcel.description';
import { readParcelQuoteBody } from '../../helpers/parcelInput';
import { postOperation } from '../../helpers/postOperation';
import { SCOPES } from '../../helpers/scopes';

export const { description, execute } = postOperation({
	resource: 'parcel',
	operation: 'getQuote',
	properties: [
		serviceLevelField,
		shipToAddressField,
		parcelDimensionsField,
		fieldsCollection('Additional Fields', [
			{
				displayName: 'Injection Location',
				name: 'injectionLocation',
				type: 'string',
				default: '',
				description: 'Where the parcel enters the carrier network, as Flexport names it',
			},
		]),
	],
	path: '/parcels/quote',
	scope: SCOPES.parcels.read,
	readBody: readParcelQuoteBody,
});
