import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { trackedParcelLocator } from '../../descriptions/parcel.description';
import { readLocator, requireIdFormat } from '../../helpers/locators';
import { simplifyTracking } from '../../helpers/parcelOutput';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['getTracking'] } },
	[trackedParcelLocator(), simplify],
);

/**
 * GET /parcels/{parcelId}/tracking (get_parcel_tracking) or, by tracking code,
 * GET /parcels/tracking/{trackingCode} (get_parcel_tracking_by_tracking_code).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { mode, value } = readLocator(this, 'parcelId', itemIndex, 'Parcel');
	const path =
		mode === 'trackingCode'
			? `/parcels/tracking/${requireIdFormat(this, value, 'trackingCode', 'Parcel (tracking code)', itemIndex)}`
			: `/parcels/${requireIdFormat(this, value, 'parcelId', 'Parcel', itemIndex)}/tracking`;
	return await getItems.call(
		this,
		itemIndex,
		{ path, scope: SCOPES.parcels.read },
		simplifyTracking,
	);
}
