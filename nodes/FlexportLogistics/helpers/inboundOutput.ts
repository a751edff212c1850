/** Shaping inbound shipment records and reading the state of asynchronous inbound results. */
import type { IDataObject } from 'n8n-workflow';

/** The object without its undefined entries (a summary leaves out what a record does not have). */
export function withoutUndefined(object: IDataObject): IDataObject {
	for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
	return object;
}

export const asObject = (value: unknown): IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};

const asList = (value: unknown): IDataObject[] => (Array.isArray(value) ? value.map(asObject) : []);

function sum(records: IDataObject[], read: (record: IDataObject) => unknown): number {
	return records.reduce((total, record) => total + (Number(read(record)) || 0), 0);
}

/** InboundShipmentResponseV3/V4 as a flat summary: status, plan, origin, destination, unit counts. */
export function simplifyShipment(shipment: IDataObject): IDataObject {
	const addresses = asObject(shipment.addresses);
	const from = asObject(addresses.from);
	const to = asObject(addresses.to);
	const items = asList(shipment.items);
	const counts = (record: IDataObject) => asObject(record.counts);
	return withoutUndefined({
		id: shipment.id,
		receivingId: shipment.receivingId,
		status: shipment.status,
		shippingPlanId: shipment.shippingPlanId,
		shippingPlanName: shipment.shippingPlanName,
		shippingPlanExternalId: shipment.shippingPlanExternalId,
		fromCompany: from.company ?? from.name,
		fromCity: from.city,
		fromCountryCode: from.countryCode,
		toCompany: to.company ?? to.name,
		toCity: to.city,
		toProvinceCode: to.provinceCode,
		skus: items.map((item) => item.logisticsSku),
		expectedUnits: sum(items, (item) => counts(item).expected),
		sellableUnits: sum(items, (item) => counts(item).sellable),
		damagedUnits: sum(items, (item) => counts(item).damaged),
		packageCount: asList(shipment.packages).length,
		boxContentLabels: asObject(shipment.prep).boxContentLabels,
		arrivedAt: shipment.arrivedAt,
		completedAt: shipment.completedAt,
	});
}

export type ResultState = 'ready' | 'failed' | 'pending';

/**
 * QuoteResultResponse of a quote or purchase result. The spec says it "returns quotes once the
 * asynchronous request is complete" and models no status field: so 202, or no quotes and no
 * error, means not ready yet; an `error` means the request failed; quotes mean it is ready.
 */
export function quoteResultState(status: number, body: IDataObject): ResultState {
	if (status === 202) return 'pending';
	const error = asObject(body.error);
	if (error.code !== undefined || error.subcode !== undefined) return 'failed';
	return asList(body.quotes).length > 0 ? 'ready' : 'pending';
}

/** DocumentResponse `{ready, url}`: ready once Flexport has a link to the file. */
export function documentState(status: number, body: IDataObject): ResultState {
	if (status === 202 || body.ready === false) return 'pending';
	return typeof body.url === 'string' && body.url.trim() !== '' ? 'ready' : 'pending';
}
