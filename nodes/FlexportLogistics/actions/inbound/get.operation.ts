import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { shipmentLocator } from '../../descriptions/inbound.description';
import { readShipmentId } from '../../helpers/inboundFields';
import { simplifyShipment } from '../../helpers/inboundOutput';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['inbound'], operation: ['get'] } },
	[shipmentLocator('The inbound shipment to get'), simplify],
);

/** GET /inbounds/shipments/{shipmentId} (get_inbounding_shipment_v4). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const shipmentId = readShipmentId(this, itemIndex);
	return await getItems.call(
		this,
		itemIndex,
		{ path: `/inbounds/shipments/${shipmentId}`, scope: SCOPES.inbounds.read },
		simplifyShipment,
	);
}
