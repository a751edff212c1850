import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import {
	parcelDimensionsField,
	serviceLevelField,
	shipToAddressField,
} from '../../descriptions/parcel.description';
import { readParcelQuoteBody } from '../../helpers/parcelInput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['getQuote'] } },
	[
		serviceLevelField,
		shipToAddressField,
		parcelDimensionsField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Injection Location',
					name: 'injectionLocation',
					type: 'string',
					default: '',
					description: 'Where the parcel enters the carrier network, as Flexport names it',
				},
			],
		},
		optionsCollection([], { write: true }),
	],
);

/**
 * POST /parcels/quote (get_parcel_quote_v2): a read sent as POST, so it carries an
 * idempotency key like every POST; the answer is the price and the billed weight.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: '/parcels/quote',
		body: readParcelQuoteBody(this, itemIndex),
		scope: SCOPES.parcels.read,
	});
}
