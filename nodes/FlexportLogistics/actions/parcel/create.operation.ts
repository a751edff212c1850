import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import {
	parcelAdditionalFields,
	parcelDimensionsField,
	shipToAddressField,
} from '../../descriptions/parcel.description';
import { readCreateParcelBody } from '../../helpers/parcelInput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['create'] } },
	[
		shipToAddressField,
		parcelDimensionsField,
		parcelAdditionalFields,
		optionsCollection([], { write: true }),
	],
);

/** POST /parcels (create_parcel_v3): buys a label; the answer holds its URL and tracking. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: '/parcels',
		body: readCreateParcelBody(this, itemIndex),
		scope: SCOPES.parcels.write,
	});
}
