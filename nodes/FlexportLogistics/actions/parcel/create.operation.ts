/** POST /parcels (create_parcel_v3): buys a label; the answer holds its URL and tracking. */
import {
	parcelAdditionalFields,
	parcelDimensionsField,
	shipToAddressField,
} from '../../descriptions/parcel.description';
import { readCreateParcelBody } from '../../helpers/parcelInput';
import { postOperation } from '../../helpers/postOperation';
import { SCOPES } from '../../helpers/scopes';

export const { description, execute } = postOperation({
	resource: 'parcel',
	operation: 'create',
	properties: [shipToAddressField, parcelDimensionsField, parcelAdditionalFields],
	path: '/parcels',
	scope: SCOPES.parcels.write,
	readBody: readCreateParcelBody,
});
