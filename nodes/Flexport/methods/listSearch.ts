/** "From list" search for resource locators: one page of results, newest first, filtered by text. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { FLEXPORT_OBJECTS } from '../objects';
import { flexportApiRequest, readPage } from '../transport';

const PAGE_SIZE = 50;

interface SearchTarget {
	path: string;
	/** How a record is shown in the list. */
	label: (record: IDataObject) => string;
	/** Web-app link for the record, shown next to it. */
	appUrl?: (record: IDataObject) => string;
	/** Query used when the user typed something Flexport can filter on; otherwise names are matched here. */
	filterQuery?: (text: string) => IDataObject | undefined;
	sort?: IDataObject;
}

function matches(record: IDataObject, label: string, text: string): boolean {
	const needle = text.toLowerCase();
	return label.toLowerCase().includes(needle) || String(record.id ?? '') === text;
}

async function search(
	this: ILoadOptionsFunctions,
	target: SearchTarget,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const text = filter?.trim() ?? '';
	const query: IDataObject = {
		page,
		per: PAGE_SIZE,
		...target.sort,
		...(text ? target.filterQuery?.(text) : undefined),
	};
	const { records, next } = readPage(
		await flexportApiRequest.call(this, 'GET', target.path, { qs: query }),
	);
	const results = records
		.map((record) => ({ record, name: target.label(record) }))
		.filter(
			({ record, name }) =>
				!text || target.filterQuery?.(text) !== undefined || matches(record, name, text),
		)
		.map(({ record, name }) => ({ name, value: String(record.id), url: target.appUrl?.(record) }));
	return { results, paginationToken: next ? String(page + 1) : undefined };
}

const named = (kind: string) => (record: IDataObject) =>
	`${typeof record.name === 'string' && record.name !== '' ? record.name : kind} (#${String(record.id)})`;

/** A list search method for n8n (`methods.listSearch`) over one target. */
function searchMethod(target: SearchTarget) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await search.call(this, target, filter, paginationToken);
	};
}

export const searchShipments = searchMethod({
	path: FLEXPORT_OBJECTS.shipment.path,
	label: named('Shipment'),
	appUrl: (record) =>
		`https://app.flexport.com/${FLEXPORT_OBJECTS.shipment.urlSegment}/${String(record.id)}`,
	sort: { sort: 'id', direction: 'desc' },
});

export const searchBookings = searchMethod({
	path: FLEXPORT_OBJECTS.booking.path,
	label: named('Booking'),
	sort: { sort: 'created_at', direction: 'desc' },
});

export const searchPurchaseOrders = searchMethod({
	path: FLEXPORT_OBJECTS.purchaseOrder.path,
	label: named('Purchase order'),
	sort: { sort: 'id', direction: 'desc' },
});

// Network and product searches: these lists take no sort; names are matched on the page Flexport returns.

export const searchCompanies = searchMethod({
	path: FLEXPORT_OBJECTS.company.path,
	label: named('Company'),
});

export const searchContacts = searchMethod({
	path: FLEXPORT_OBJECTS.contact.path,
	label: (record) =>
		`${named('Contact')(record)}${typeof record.email === 'string' ? ` <${record.email}>` : ''}`,
});

export const searchLocations = searchMethod({
	path: FLEXPORT_OBJECTS.location.path,
	label: named('Location'),
});

export const searchProducts = searchMethod({
	path: FLEXPORT_OBJECTS.product.path,
	label: (record) =>
		`${named('Product')(record)}${typeof record.sku === 'string' ? ` · SKU ${record.sku}` : ''}`,
});
