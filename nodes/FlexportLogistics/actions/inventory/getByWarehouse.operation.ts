import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, requiredText } from '../../descriptions/common.description';
import { poolOption } from '../../descriptions/product.description';
import { idempotencyKeyFor } from '../../helpers/idempotency';
import { readInventoryQuery, readSkuList } from '../../helpers/productInput';
import { SCOPES } from '../../helpers/scopes';
import { readRecords } from '../../transport/nextPage';
import { recordItems } from '../../steps/record';
import { sendWrite, type WriteResult } from '../../steps/write';

const properties: INodeProperties[] = [
	requiredText(
		'Logistics SKUs',
		'logisticsSkus',
		'e.g. DAB12CD34EF, DXY98ZW76VU',
		'Comma-separated Logistics SKUs (DSKUs) of the products, or an array from an expression',
	),
	optionsCollection(
		[
			poolOption,
			{
				displayName: 'One Item per Warehouse',
				name: 'splitByWarehouse',
				type: 'boolean',
				default: false,
				description:
					'Whether to output one item per product and warehouse ({logisticsSku, warehouseId, available}) instead of one per product',
			},
		],
		{ write: true },
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['inventory'], operation: ['getByWarehouse'] } },
	properties,
);

const PATH = '/products/warehouse';

function isBodyRejected(error: unknown): boolean {
	const status = Number((error as { httpCode?: string } | undefined)?.httpCode);
	return status === 400 || status === 422;
}

/**
 * POST /products/warehouse (get_warehouse_details), a read sent as POST. The generated client sends
 * `{logisticsSkus}`, Flexport's README shows `{logisticsSKUs}` (spec uncertain point 4): the
 * client's key goes first, and only if Flexport rejects the body is the README's key tried.
 */
async function requestDetails(
	this: IExecuteFunctions,
	itemIndex: number,
	skus: string[],
	qs: IDataObject,
): Promise<WriteResult> {
	const key = idempotencyKeyFor(this, itemIndex);
	const request = { method: 'POST' as const, path: PATH, qs, scope: SCOPES.products.read };
	const send = async (body: IDataObject, sentKey: string) =>
		await sendWrite.call(this, itemIndex, { ...request, body }, sentKey).then(
			(result) => ({ result }),
			(error: unknown) => ({ error }),
		);
	const first = await send({ logisticsSkus: skus }, key);
	if ('result' in first) return first.result;
	if (!isBodyRejected(first.error)) throw first.error;
	const second = await send({ logisticsSKUs: skus }, `${key.slice(0, 240)}-logisticsSKUs`);
	if ('result' in second) return second.result;
	// Both spellings were refused: the first answer is the one that explains the request.
	throw first.error;
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const skus = readSkuList(this, itemIndex);
	const { poolName } = readInventoryQuery(this, itemIndex);
	const split = (this.getNodeParameter('options', itemIndex, {}) as IDataObject).splitByWarehouse;
	const { response } = await requestDetails.call(
		this,
		itemIndex,
		skus,
		poolName ? { poolName } : {},
	);
	const records = readRecords(response.body);
	if (split !== true) return recordItems(this, records, itemIndex);
	return recordItems(
		this,
		records.flatMap((record) =>
			((record.warehouseDetails as IDataObject[] | undefined) ?? []).map((warehouse) => ({
				logisticsSku: record.logisticsSku,
				warehouseId: warehouse.warehouseId,
				available: warehouse.available,
			})),
		),
		itemIndex,
	);
}
