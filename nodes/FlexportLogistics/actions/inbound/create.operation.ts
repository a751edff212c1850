/** POST /inbounds/shipments (create_inbounding_shipment_v4). */
import {
	fieldsCollection,
	rowsInput,
	skuQuantityValues,
} from '../../descriptions/common.description';
import { fromAddressField, packagesField } from '../../descriptions/inbound.description';
import { readCreateInboundBody } from '../../helpers/inboundInput';
import { simplifyShipment } from '../../helpers/inboundOutput';
import { postOperation } from '../../helpers/postOperation';
import { SCOPES } from '../../helpers/scopes';

export const { description, execute } = postOperation({
	resource: 'inbound',
	operation: 'create',
	properties: [
		fromAddressField(true),
		{
			displayName: 'Box Content Labels',
			name: 'boxContentLabels',
			type: 'boolean',
			default: false,
			description:
				'Whether Flexport should apply box content labels on arrival (a prep service) instead of you labelling each box',
		},
		...rowsInput({
			name: 'shipmentItems',
			displayName: 'Items',
			rowName: 'item',
			rowDisplayName: 'Item',
			example: JSON.stringify([{ logisticsSku: 'DAB12CD34EF', quantity: 48 }], null, 2),
			description: 'The products the shipment brings, each by Logistics SKU with its quantity',
			values: skuQuantityValues('logisticsSku'),
		}),
		fieldsCollection('Additional Fields', [
			packagesField('packages', 'Packages (JSON)'),
			{
				displayName: 'Shipping Plan External ID',
				name: 'shippingPlanExternalId',
				type: 'string',
				default: '',
				placeholder: 'e.g. PO-2024-118',
				description: 'Your own reference for the shipping plan, such as a purchase order number',
			},
			{
				displayName: 'Shipping Plan Name',
				name: 'shippingPlanName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Spring restock',
			},
		]),
	],
	path: '/inbounds/shipments',
	scope: SCOPES.inbounds.write,
	readBody: readCreateInboundBody,
	simplifier: simplifyShipment,
});
