import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parcelLocator } from '../../descriptions/parcel.description';
import { readIdLocator } from '../../helpers/locators';
import { readTrackingUrl } from '../../helpers/parcelOutput';
import { SCOPES } from '../../helpers/scopes';
import { recordItems } from '../../steps/record';
import { logisticsRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['getTrackingUrl'] } },
	[parcelLocator('The parcel whose public tracking page to get')],
);

/**
 * GET /parcels/{parcelId}/tracking_url (get_tracking_url): Flexport answers with a bare string,
 * which becomes the item `{parcelId, trackingUrl}` (null when there is none yet).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const parcelId = readIdLocator(this, 'parcelId', itemIndex, 'Parcel', 'parcelId');
	const response = await logisticsRequest.call(this, 'GET', `/parcels/${parcelId}/tracking_url`, {
		scope: SCOPES.parcels.read,
		itemIndex,
	});
	return recordItems(this, { parcelId, trackingUrl: readTrackingUrl(response.body) }, itemIndex);
}
