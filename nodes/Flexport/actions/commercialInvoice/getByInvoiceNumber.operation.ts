/**
 * Commercial Invoice → Get by Invoice Number: GET /commercial_invoices/{invoice_number} of the
 * dated versions (spec/flexport-api-v3-additions.yaml): the same path as Get, but the dated
 * versions read the segment as an invoice number. Sends Flexport-Version 2023-07-01.
 */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { simplify, updateDisplayOptions } from '../../descriptions/common.description';
import { invoiceNumberField } from '../../descriptions/finance.description';
import { LOCATORS } from '../../descriptions/objects.description';
import { textParameter } from '../../helpers/parameters';
import { FIRST_DATED_VERSION } from '../../helpers/version';
import { getObject } from '../../steps/get';

const properties: INodeProperties[] = [invoiceNumberField(), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['commercialInvoice'], operation: ['getByInvoiceNumber'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = textParameter(this, 'invoiceNumber', 'Invoice Number', itemIndex, 200);
	return await getObject.call(this, itemIndex, LOCATORS.commercialInvoice, {
		id,
		apiVersion: FIRST_DATED_VERSION,
	});
}
