/** The simplified return (ReturnsApiOrder): status, label and item counts in one flat record. */
import type { IDataObject } from 'n8n-workflow';

import { withoutUndefined } from './inboundOutput';
import { asObject, asList } from './shapes';

export function simplifyReturn(record: IDataObject): IDataObject {
	const label = asObject(record.shippingLabel);
	const items = asList(record.returnItems);
	const inspected = items.flatMap((item) => asList(item.inspectedItems));
	return withoutUndefined({
		id: record.id,
		status: record.status,
		rma: record.rma,
		externalReturnId: record.externalReturnId,
		carrier: label.carrier,
		trackingCode: label.trackingCode,
		trackingStatus: label.trackingStatus,
		trackingUrl: label.trackingUrl,
		labelUrl: label.labelUrl,
		identifiers: items.map((item) => item.identifier),
		expectedUnits: items.reduce((sum, item) => sum + (Number(item.expectedQuantity) || 0), 0),
		inspectedUnits: inspected.length,
		shippedAt: record.shippedAt,
		receivedAt: record.receivedAt,
		inspectedAt: record.inspectedAt,
	});
}
