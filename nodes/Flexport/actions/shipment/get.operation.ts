import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getLocatorId, resourceLocator, simplify } from '../../descriptions/common.descriptions';
import { resolveLinks, resolveLinksOption, simplifyObject } from '../../helpers/output';
import { toItems, updateDisplayOptions } from '../../helpers/utils';
import { flexportApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	resourceLocator({ name: 'shipmentId', displayName: 'Shipment', searchMethod: 'searchShipments', urlSegment: 'shipments' }),
	simplify,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [resolveLinksOption],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['shipment'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const id = getLocatorId(this, 'shipmentId', i, 'Shipment');
	const options = this.getNodeParameter('options', i, {}) as { resolveLinks?: string };
	let shipment = await flexportApiRequest.call(this, 'GET', `/shipments/${id}`, { itemIndex: i });
	if (options.resolveLinks) shipment = await resolveLinks.call(this, shipment, options.resolveLinks, i);
	const simple = this.getNodeParameter('simplify', i, true) as boolean;
	return toItems(this, simple && !options.resolveLinks ? simplifyObject(shipment) : shipment, i);
}
