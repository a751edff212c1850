import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getLocatorId, resourceLocator, simplify } from '../../descriptions/common.descriptions';
import { simplifyObject } from '../../helpers/output';
import { parseMetadata, toItems, updateDisplayOptions } from '../../helpers/utils';
import { flexportApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	resourceLocator({ name: 'shipmentId', displayName: 'Shipment', searchMethod: 'searchShipments', urlSegment: 'shipments' }),
	{
		displayName: 'Metadata (JSON)',
		name: 'metadata',
		type: 'json',
		default: '{\n  "purchase_order": ["12345"]\n}',
		required: true,
		description:
			'Tags to set on the shipment, as {"key": ["value", …]}. Flexport replaces all existing metadata with this object.',
	},
	simplify,
];

export const description = updateDisplayOptions({ show: { resource: ['shipment'], operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getLocatorId(this, 'shipmentId', i, 'Shipment');
	const metadata = parseMetadata(this, this.getNodeParameter('metadata', i), 'Metadata (JSON)', i);
	const shipment = await flexportApiRequest.call(this, 'PATCH', `/shipments/${id}`, { body: { metadata }, itemIndex: i });
	const simple = this.getNodeParameter('simplify', i, true) as boolean;
	return toItems(this, simple ? simplifyObject(shipment) : shipment, i);
}
