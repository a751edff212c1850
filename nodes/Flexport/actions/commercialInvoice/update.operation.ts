import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	fieldsCollection,
	sortByDisplayName,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import {
	COMMERCIAL_INVOICE_FIELD_OPTIONS,
	invoiceNumberField,
	LINE_ITEMS_EXAMPLE,
} from '../../descriptions/finance.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import {
	commercialInvoiceFieldsToBody,
	parseInvoiceLineItems,
	requireCurrency,
	toMoney,
} from '../../helpers/finance';
import {
	collectionValues,
	requireSomeFields,
	targetId,
	textParameter,
} from '../../helpers/parameters';
import { failParameter, optionalText, requireOneOf } from '../../helpers/values';
import { writeObject } from '../../steps/write';

/*
 * Flexport's 2020 OpenAPI file has `PATCH /commercial_invoices` with no ID in the path, so the
 * invoice can only be identified by the invoice_number in the body; the docs call
 * `PATCH /commercial_invoices/{id}` the likely intent. The simulator's OpenAPI validation accepts
 * both (the second as a documented extension), so both are offered: "Invoice Number" (the default)
 * is the path the published spec defines; "ID" is unambiguous when several suppliers reuse a
 * number, and the only way to change the invoice number.
 */
const properties: INodeProperties[] = [
	{
		displayName: 'Find Invoice By',
		name: 'findBy',
		type: 'options',
		options: [
			{
				name: 'Invoice Number',
				value: 'invoiceNumber',
				description:
					"PATCH /commercial_invoices with the invoice number in the body, as in Flexport's OpenAPI file",
			},
			{ name: 'ID', value: 'id', description: 'PATCH /commercial_invoices/{ID}' },
		],
		default: 'invoiceNumber',
	},
	invoiceNumberField({
		description: 'Number of the commercial invoice to update',
		displayOptions: { show: { findBy: ['invoiceNumber'] } },
	}),

	{ ...objectLocator(LOCATORS.commercialInvoice), displayOptions: { show: { findBy: ['id'] } } },
	fieldsCollection(
		'Update Fields',
		sortByDisplayName([
			...COMMERCIAL_INVOICE_FIELD_OPTIONS,
			{
				displayName: 'Currency Code',
				name: 'currencyCode',
				type: 'string',
				default: 'USD',
				description: 'Currency of the invoice, such as USD',
			},
			{
				displayName: 'Line Items (JSON)',
				name: 'lineItems',
				type: 'json',
				default: LINE_ITEMS_EXAMPLE,
				description:
					'Replaces all line items. Each needs product_sku, quantity {value, unit}, value and price_per_unit.',
			},
			{
				displayName: 'New Invoice Number',
				name: 'newInvoiceNumber',
				type: 'string',
				default: '',
				description: 'Only when finding the invoice by ID',
			},
			{
				displayName: 'Proration Amount',
				name: 'prorationAmount',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'Needs Currency Code as well',
			},
		]),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['commercialInvoice'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const findBy = requireOneOf(
		this,
		this.getNodeParameter('findBy', itemIndex, 'invoiceNumber'),
		['invoiceNumber', 'id'],
		'Find Invoice By',
		itemIndex,
	);
	const fields = collectionValues(this, 'updateFields', itemIndex);
	const body: IDataObject = commercialInvoiceFieldsToBody(this, fields, 'Update Fields', itemIndex);
	const currency =
		fields.currencyCode === undefined
			? undefined
			: requireCurrency(this, fields.currencyCode, 'Update Fields → Currency Code', itemIndex);
	if (currency) body.currency_code = currency;
	if (fields.prorationAmount !== undefined) {
		if (!currency)
			failParameter(
				this,
				itemIndex,
				'"Update Fields → Proration Amount" needs "Update Fields → Currency Code" as well',
			);
		body.proration_amount = toMoney(
			this,
			fields.prorationAmount,
			currency,
			'Update Fields → Proration Amount',
			itemIndex,
		);
	}
	if (fields.lineItems !== undefined)
		body.line_items = parseInvoiceLineItems(
			this,
			fields.lineItems,
			'Update Fields → Line Items (JSON)',
			itemIndex,
		);
	const newNumber = optionalText(
		this,
		fields.newInvoiceNumber,
		'Update Fields → New Invoice Number',
		itemIndex,
	);

	if (findBy === 'id') {
		const id = targetId(this, LOCATORS.commercialInvoice, itemIndex);
		if (newNumber) body.invoice_number = newNumber;
		requireSomeFields(this, body, 'Update Fields', itemIndex);
		return await writeObject.call(
			this,
			itemIndex,
			'PATCH',
			`${LOCATORS.commercialInvoice.path}/${id}`,
			body,
		);
	}
	if (newNumber)
		failParameter(
			this,
			itemIndex,
			'"Update Fields → New Invoice Number" can only be used when finding the invoice by ID',
		);
	requireSomeFields(this, body, 'Update Fields', itemIndex);
	return await writeObject.call(this, itemIndex, 'PATCH', LOCATORS.commercialInvoice.path, {
		invoice_number: textParameter(this, 'invoiceNumber', 'Invoice Number', itemIndex),
		...body,
	});
}
