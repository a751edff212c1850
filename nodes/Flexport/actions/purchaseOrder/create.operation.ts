/**
 * Purchase Order → Create: POST /purchase_orders of API version 3. Flexport's documentation shows
 * only the first keys of the body (spec/flexport-api-v3-additions.yaml, PurchaseOrderCreate): those
 * are typed parameters, everything else goes in Additional Body (JSON).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	fieldsCollection,
	nameField,
	toOptions,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { PURCHASE_ORDER_PRIORITIES, PURCHASE_ORDER_STATUSES } from '../../descriptions/enums';
import { parseObject, parseObjectList } from '../../helpers/json';
import { collectionValues, textParameter } from '../../helpers/parameters';
import { failParameter, optionalText, requireOneOf } from '../../helpers/values';
import { API_V3 } from '../../helpers/version';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	nameField('e.g. PO-2024-0042', 'Name of the purchase order'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: toOptions(PURCHASE_ORDER_STATUSES),
		default: 'open',
	},
	fieldsCollection('Additional Fields', [
		{
			displayName: 'Additional Body (JSON)',
			name: 'body',
			type: 'json',
			default: '{\n  "cargo_ready_date": "2024-06-01",\n  "must_arrive_date": "2024-07-15"\n}',
			description:
				"More fields of the purchase order as JSON. Flexport's documentation lists only name, status, priority, order_class and parties; send line items, dates, locations and the like here as its API expects them.",
		},
		{
			displayName: 'Order Class',
			name: 'orderClass',
			type: 'string',
			default: 'purchase_order',
			description: 'Sent as order_class',
		},
		{
			displayName: 'Parties (JSON)',
			name: 'parties',
			type: 'json',
			default: '[\n  { "role": "seller", "company_entity_ref": "id-12345" }\n]',
			description:
				'Parties to the order as a JSON list; the refs must exist in your Flexport network (legal entity references)',
		},
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			options: toOptions(PURCHASE_ORDER_PRIORITIES),
			default: 'standard',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrder'], operation: ['create'] } },
	properties,
);

const TYPED = ['name', 'status', 'priority', 'order_class', 'parties'];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fields = collectionValues(this, 'additionalFields', itemIndex);
	const extra =
		fields.body === undefined
			? {}
			: parseObject(this, fields.body, 'Additional Fields → Additional Body (JSON)', itemIndex);
	for (const key of TYPED.filter((name) => name in extra))
		failParameter(
			this,
			itemIndex,
			`"Additional Fields → Additional Body (JSON)": "${key}" has its own field; set it there`,
		);
	const body: IDataObject = {
		...extra,
		name: textParameter(this, 'name', 'Name', itemIndex, 255),
		status: requireOneOf(
			this,
			this.getNodeParameter('status', itemIndex, 'open'),
			PURCHASE_ORDER_STATUSES,
			'Status',
			itemIndex,
		),
	};
	if (fields.priority !== undefined)
		body.priority = requireOneOf(
			this,
			fields.priority,
			PURCHASE_ORDER_PRIORITIES,
			'Additional Fields → Priority',
			itemIndex,
		);
	const orderClass = optionalText(
		this,
		fields.orderClass,
		'Additional Fields → Order Class',
		itemIndex,
	);
	if (orderClass !== undefined) body.order_class = orderClass;
	if (fields.parties !== undefined)
		body.parties = parseObjectList(
			this,
			fields.parties,
			'Additional Fields → Parties (JSON)',
			itemIndex,
		);
	return await writeObject.call(
		this,
		itemIndex,
		'POST',
		FLEXPORT_OBJECTS.purchaseOrder.path,
		body,
		{
			apiVersion: API_V3,
		},
	);
}
