import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.descriptions';
import { objectItems, objectLocator, TARGETS, targetId } from '../../helpers/objects';
import { parseMetadata, updateDisplayOptions } from '../../helpers/utils';
import { flexportApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	objectLocator(TARGETS.shipment),
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

export const description = updateDisplayOptions(
	{ show: { resource: ['shipment'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, TARGETS.shipment, itemIndex);
	const metadata = parseMetadata(
		this,
		this.getNodeParameter('metadata', itemIndex),
		'Metadata (JSON)',
		itemIndex,
	);
	const shipment = await flexportApiRequest.call(this, 'PATCH', `${TARGETS.shipment.path}/${id}`, {
		body: { metadata },
		itemIndex,
	});
	return objectItems(this, shipment, itemIndex);
}
