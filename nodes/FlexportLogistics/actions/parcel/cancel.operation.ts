import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { parcelLocator } from '../../descriptions/parcel.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['cancel'] } },
	[
		parcelLocator('The parcel whose label to cancel (possible until the carrier has scanned it)'),
		optionsCollection([], { write: true }),
	],
);

/** POST /parcels/cancel (cancel_parcel) with `{parcelId}`; Flexport answers without a body. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const parcelId = readIdLocator(this, 'parcelId', itemIndex, 'Parcel', 'parcelId');
	const items = await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: '/parcels/cancel',
		body: { parcelId },
		scope: SCOPES.parcels.write,
	});
	for (const item of items) item.json = { parcelId, ...item.json };
	return items;
}
