import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parcelLocator } from '../../descriptions/parcel.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['get'] } },
	[parcelLocator('The parcel to get')],
);

/** GET /parcels/{parcelId} (get_parcel). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const parcelId = readIdLocator(this, 'parcelId', itemIndex, 'Parcel', 'parcelId');
	return await getItems.call(this, itemIndex, {
		path: `/parcels/${parcelId}`,
		scope: SCOPES.parcels.read,
	});
}
