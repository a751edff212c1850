/** Finance parameter shapes: the commercial invoice fields and line-item example. */
import type { INodeProperties } from 'n8n-workflow';

import { metadataField } from './common.description';

export const LINE_ITEMS_EXAMPLE = JSON.stringify(
	[
		{
			product_sku: 'PRODUCT-123',
			quantity: { value: 10, unit: 'pcs' },
			value: { amount: '100.00', currency_code: 'USD' },
			price_per_unit: { amount: '10.00', currency_code: 'USD' },
		},
	],
	null,
	2,
);

/** Commercial invoice fields shared by Create (Additional Fields) and Update (Update Fields). */
export const COMMERCIAL_INVOICE_FIELD_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Is Related Parties',
		name: 'isRelatedParties',
		type: 'boolean',
		default: false,
		description: 'Whether buyer and seller are related parties as defined by US Customs (CBP)',
	},
	{
		displayName: 'Manufacturer Refs',
		name: 'manufacturerRefs',
		type: 'string',
		default: '',
		placeholder: 'e.g. factory-1, factory-2',
		description: 'Comma-separated refs of manufacturer locations',
	},
	metadataField(),
];

/** The number printed on a commercial invoice, as a required parameter. */
export function invoiceNumberField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Invoice Number',
		name: 'invoiceNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. INVOICE-04-05-2020',
		description: 'Number printed on the commercial invoice',
		...extra,
	};
}
