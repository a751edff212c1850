import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseTextList } from '../../../shared/readers/json';
import { failParameter } from '../../../shared/readers/values';
import { requiredText, returnAllAndLimit, simplify } from '../../descriptions/common.description';
import { limitRecords } from '../../helpers/inboundFields';
import { simplifyShipment } from '../../helpers/inboundOutput';
import { requireIdFormat } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { recordItems } from '../../steps/record';
import { logisticsRequest } from '../../transport';
import { readRecords } from '../../transport/nextPage';

export const description = updateDisplayOptions(
	{ show: { resource: ['inbound'], operation: ['getAll'] } },
	[
		requiredText(
			'Shipment IDs',
			'shipmentIds',
			'e.g. 41001, 41002',
			'The inbound shipments to get: comma-separated IDs, or an array from an expression (Flexport lists shipments only by ID)',
		),
		...returnAllAndLimit,
		simplify,
	],
);

/** At most this many IDs per request keep the URL short. */
const MAX_IDS = 200;

function readShipmentIds(context: IExecuteFunctions, itemIndex: number): number[] {
	const raw = context.getNodeParameter('shipmentIds', itemIndex, '') as unknown;
	const ids = parseTextList(typeof raw === 'number' ? String(raw) : raw);
	if (ids.length === 0)
		failParameter(context, itemIndex, '"Shipment IDs" needs at least one shipment ID');
	if (ids.length > MAX_IDS)
		failParameter(context, itemIndex, `"Shipment IDs" has more than ${MAX_IDS} IDs`);
	const checked = ids.map((id) =>
		requireIdFormat(context, id, 'shipmentId', 'Shipment IDs', itemIndex),
	);
	return [...new Set(checked)].map(Number);
}

/** GET /inbounds/shipments?shipmentIds=…&shipmentIds=… (get_inbounding_shipments_v4). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const shipmentIds = readShipmentIds(this, itemIndex);
	const response = await logisticsRequest.call(this, 'GET', '/inbounds/shipments', {
		qs: { shipmentIds },
		scope: SCOPES.inbounds.read,
		itemIndex,
	});
	const records = limitRecords(this, readRecords(response.body), itemIndex);
	return recordItems(this, records, itemIndex, simplifyShipment);
}
