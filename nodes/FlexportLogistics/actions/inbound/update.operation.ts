import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, simplify } from '../../descriptions/common.description';
import {
	fromAddressField,
	packagesField,
	shipmentLocator,
	shippingOptionField,
} from '../../descriptions/inbound.description';
import { readShipmentId } from '../../helpers/inboundFields';
import { readUpdateInboundBody } from '../../helpers/inboundInput';
import { simplifyShipment } from '../../helpers/inboundOutput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

const properties: INodeProperties[] = [
	shipmentLocator('The inbound shipment to change (possible while it is pending or ready to ship)'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Box Content Labels',
				name: 'boxContentLabels',
				type: 'boolean',
				default: false,
				description: 'Whether Flexport should apply box content labels on arrival',
			},
			{
				displayName: 'Freight Details (JSON)',
				name: 'freightDetails',
				type: 'json',
				default:
					'{\n  "bolId": "",\n  "proId": "",\n  "shippingProvider": "",\n  "estimatedShipDate": "2030-01-15T09:00:00Z"\n}',
				description:
					'Freight shipments: pallets, pickup (readyDate, contactName, contactPhone, contactEmail, liftGate), bolId, proId, shippingProvider, estimatedShipDate',
			},
			{ ...fromAddressField(false), description: 'The new origin address' },
			packagesField('createPackages', 'New Packages (JSON)'),
			{
				displayName: 'Package Tracking Number',
				name: 'packageTrackingNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1Z999AA10123456784',
			},
			{
				...packagesField('packages', 'Packages (JSON)'),
				default: JSON.stringify(
					[{ ids: ['41001000'], trackingNumber: '', shippingProvider: 'UPS' }],
					null,
					2,
				),
				description:
					'Changes to existing packages as a JSON array: each with ids (the package IDs) and the new length, width, height, dimensionUnit, weight, weightUnit, shippingProvider or trackingNumber',
			},
			shippingOptionField,
		],
	},
	simplify,
	optionsCollection([], { write: true }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['inbound'], operation: ['update'] } },
	properties,
);

/** PATCH /inbounds/shipments/{shipmentId}/update (update_inbounding_shipment_v3). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const shipmentId = readShipmentId(this, itemIndex);
	return await writeItems.call(
		this,
		itemIndex,
		{
			method: 'PATCH',
			path: `/inbounds/shipments/${shipmentId}/update`,
			body: readUpdateInboundBody(this, itemIndex),
			scope: SCOPES.inbounds.write,
		},
		simplifyShipment,
	);
}
