import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	metadataField,
	simplify,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { parseMetadata } from '../../helpers/json';
import { targetId } from '../../helpers/parameters';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	objectLocator(LOCATORS.shipment),
	metadataField({
		lead: 'Tags to set on the shipment,',
		note: 'Flexport replaces all existing metadata with this object.',
		required: true,
	}),
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
	const id = targetId(this, LOCATORS.shipment, itemIndex);
	const metadata = parseMetadata(
		this,
		this.getNodeParameter('metadata', itemIndex),
		'Metadata (JSON)',
		itemIndex,
	);
	return await writeObject.call(
		this,
		itemIndex,
		'PATCH',
		`${LOCATORS.shipment.path}/${id}`,
		{ metadata },
		{ output: 'simplify' },
	);
}
