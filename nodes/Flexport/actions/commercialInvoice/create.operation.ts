import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { fieldsCollection, updateDisplayOptions } from '../../descriptions/common.description';
import {
	COMMERCIAL_INVOICE_FIELD_OPTIONS,
	invoiceNumberField,
	LINE_ITEMS_EXAMPLE,
} from '../../descriptions/finance.description';
import {
	idOrRefFields,
	type IdOrRefChoice,
	LOCATORS,
} from '../../descriptions/objects.description';
import {
	commercialInvoiceFieldsToBody,
	parseInvoiceLineItems,
	requireCurrency,
	toMoney,
} from '../../helpers/finance';
import { readIdOrRef } from '../../helpers/idOrRef';
import { collectionValues, textParameter } from '../../helpers/parameters';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

/** The invoice's shipment, by ID or by ref (exported for the reader's test). */
export const SHIPMENT: IdOrRefChoice = {
	by: { name: 'shipmentBy', displayName: 'Shipment By' },
	noun: 'shipment',
	target: { ...LOCATORS.shipment, displayName: 'Shipment ID' },
	ref: { name: 'shipmentRef', displayName: 'Shipment Ref', placeholder: 'e.g. PO-123' },
};

const properties: INodeProperties[] = [
	...idOrRefFields(SHIPMENT),
	invoiceNumberField(),

	{
		displayName: 'Currency Code',
		name: 'currencyCode',
		type: 'string',
		default: 'USD',
		required: true,
		description: 'Currency of the invoice, such as USD',
	},
	{
		displayName: 'Proration Amount',
		name: 'prorationAmount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'Amount used to prorate charges across line items, in the invoice currency',
	},
	{
		displayName: 'Line Items (JSON)',
		name: 'lineItems',
		type: 'json',
		default: LINE_ITEMS_EXAMPLE,
		required: true,
		description:
			'List of line items. Each needs product_sku, quantity {value, unit}, value and price_per_unit; optional: document_line_number, purchase_order_number, container_number, country_of_origin, net_value, first_sale_value, gross_weight, net_weight, net_net_weight, volume, metadata.',
	},
	fieldsCollection('Additional Fields', COMMERCIAL_INVOICE_FIELD_OPTIONS),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['commercialInvoice'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body: IDataObject = {};
	const shipment = readIdOrRef(this, SHIPMENT, itemIndex);
	if ('id' in shipment) body.shipment_id = Number(shipment.id);
	else body.shipment_ref = shipment.ref;
	body.invoice_number = textParameter(this, 'invoiceNumber', 'Invoice Number', itemIndex);
	body.currency_code = requireCurrency(
		this,
		this.getNodeParameter('currencyCode', itemIndex, ''),
		'Currency Code',
		itemIndex,
	);
	body.proration_amount = toMoney(
		this,
		this.getNodeParameter('prorationAmount', itemIndex, 0),
		body.currency_code as string,
		'Proration Amount',
		itemIndex,
	);
	body.line_items = parseInvoiceLineItems(
		this,
		this.getNodeParameter('lineItems', itemIndex),
		'Line Items (JSON)',
		itemIndex,
	);
	Object.assign(
		body,
		commercialInvoiceFieldsToBody(
			this,
			collectionValues(this, 'additionalFields', itemIndex),
			'Additional Fields',
			itemIndex,
		),
	);
	return await writeObject.call(
		this,
		itemIndex,
		'POST',
		FLEXPORT_OBJECTS.commercialInvoice.path,
		body,
	);
}
