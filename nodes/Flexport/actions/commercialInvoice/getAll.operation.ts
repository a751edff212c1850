import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	returnAllAndLimit,
	simplify,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { filtersCollection, type FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listRecords } from '../../steps/list';

export const filters: FilterSpec[] = [
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
	{
		name: 'invoiceNumber',
		displayName: 'Invoice Number',
		query: 'f.invoice_number',
		kind: 'string',
	},
	{
		name: 'sellerId',
		displayName: 'Seller Entity ID',
		query: 'f.involved_party_seller_id',
		kind: 'string',
		description: "ID of the seller's company entity (sent as f.involved_party_seller_id)",
	},
	{
		name: 'sellerRef',
		displayName: 'Seller Entity Ref',
		query: 'f.involved_party_seller_ref',
		kind: 'string',
		description: "Ref of the seller's company entity (sent as f.involved_party_seller_ref)",
	},
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['commercialInvoice'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.commercialInvoice, { filters });
}
