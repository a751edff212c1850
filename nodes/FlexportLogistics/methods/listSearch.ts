/** "From List" search for the Product locator: pages of GET /products, filtered by the typed text. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { SCOPES } from '../helpers/scopes';
import { logisticsRequest } from '../transport';
import { readRecords } from '../transport/nextPage';

export { searchWebhooks } from '../actions/webhook/webhookSearch';

const PAGE_SIZE = 100;

function productLabel(product: IDataObject): string {
	const name = typeof product.name === 'string' && product.name ? product.name : 'Product';
	const sku =
		typeof product.merchantSku === 'string' && product.merchantSku
			? ` (${product.merchantSku})`
			: '';
	return `${name}${sku}`;
}

export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken) > 0 ? Number(paginationToken) : 0;
	const response = await logisticsRequest.call(this, 'GET', '/products', {
		qs: { limit: PAGE_SIZE, offset },
		scope: SCOPES.products.read,
	});
	const products = readRecords(response.body);
	const needle = filter?.trim().toLowerCase() ?? '';
	const results = products
		.filter((product) => typeof product.logisticsSku === 'string')
		.filter(
			(product) =>
				!needle ||
				[product.name, product.merchantSku, product.logisticsSku].some(
					(value) => typeof value === 'string' && value.toLowerCase().includes(needle),
				),
		)
		.map((product) => ({ name: productLabel(product), value: String(product.logisticsSku) }));
	return {
		results,
		paginationToken: products.length > 0 ? String(offset + products.length) : undefined,
	};
}
