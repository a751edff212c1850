/** Flat summaries of freight orders, quotes and BOL tracking (the records are large and nested). */
import type { IDataObject } from 'n8n-workflow';

import { asObject, withoutUndefined } from './inboundOutput';

/** The legs a freight record is made of; a drayage may add transload and FTL legs. */
const LEGS = ['drayage', 'transload', 'ltl', 'ftl'] as const;

function legsOf(record: IDataObject, suffix: 'OrderItem' | 'QuoteItem') {
	return LEGS.map((leg) => [leg, record[`${leg}${suffix}`]] as const)
		.filter(([, item]) => item !== undefined && item !== null)
		.map(([leg, item]) => ({ leg, item: asObject(item) }));
}

function total(values: unknown[]): number | undefined {
	const numbers = values.filter((value): value is number => typeof value === 'number');
	return numbers.length ? Math.round(numbers.reduce((a, b) => a + b, 0) * 100) / 100 : undefined;
}

function stop(details: unknown, prefix: 'pickup' | 'delivery'): IDataObject {
	const record = asObject(details);
	const address = asObject(record.address);
	return {
		[`${prefix}City`]: address.city,
		[`${prefix}Zip`]: address.zip ?? record.zip,
		[`${prefix}LocationType`]: record.locationType,
	};
}

/** OrderResponse (drayage, LTL or FTL) as one flat item. */
export function simplifyFreightOrder(order: IDataObject): IDataObject {
	const legs = legsOf(order, 'OrderItem');
	const first = legs[0]?.item ?? {};
	const pallets = Array.isArray(first.pallets) ? (first.pallets as IDataObject[]) : [];
	return withoutUndefined({
		id: order.id,
		type: order.type,
		status: order.status,
		quoteId: order.quoteId,
		createdAt: order.createdAt,
		cost: total(legs.map(({ item }) => item.cost)),
		customerBolId: legs.map(({ item }) => item.customerBolId).find(Boolean),
		legs: legs.map(({ leg }) => leg.toUpperCase()),
		...stop(order.pickupDetails, 'pickup'),
		cargoReadyDate: asObject(order.pickupDetails).cargoReadyDate,
		...stop(order.deliveryDetails, 'delivery'),
		palletCount: first.palletCount ?? total(pallets.map((pallet) => pallet.palletCount)),
		totalWeight: first.totalWeight,
		portId: order.portId,
		containerId: first.containerId,
		masterBolId: first.masterBolId,
		commodityDescription: order.commodityDescription,
		customerReferenceNumber: order.customerReferenceNumber,
	});
}

/** QuoteResponse (drayage, LTL or FTL) as one flat item: the total of its legs. */
export function simplifyFreightQuote(quote: IDataObject): IDataObject {
	const legs = legsOf(quote, 'QuoteItem');
	const first = legs[0]?.item ?? {};
	return withoutUndefined({
		id: quote.id,
		type: quote.type,
		status: quote.status,
		createdAt: quote.createdAt,
		expiresAt: quote.expiresAt,
		totalCost: total(legs.map(({ item }) => item.totalCost)),
		transitDays: total(legs.map(({ item }) => item.transitDays)),
		legs: legs.map(({ leg }) => leg.toUpperCase()),
		palletCount: first.palletCount,
		packageCount: first.packageCount,
		packageType: first.packageType,
		totalWeight: first.totalWeight,
		...stop(quote.pickupDetails, 'pickup'),
		...stop(quote.deliveryDetails, 'delivery'),
	});
}

/** FreightTrackingInfo: the BOL's status, estimates and its latest event. */
export function simplifyTracking(tracking: IDataObject): IDataObject {
	const events = Array.isArray(tracking.events) ? tracking.events.map(asObject) : [];
	const latest = [...events].sort((a, b) =>
		String(a.occurredAt ?? '').localeCompare(String(b.occurredAt ?? '')),
	)[events.length - 1];
	const city = (details: unknown) => asObject(asObject(details).address).city;
	return withoutUndefined({
		bolStatus: tracking.bolStatus,
		mode: tracking.mode,
		carrierName: tracking.carrierName,
		pickupCity: city(tracking.pickupDetails),
		deliveryCity: city(tracking.deliveryDetails),
		estimatedPickupTime: tracking.estimatedPickupTime,
		estimatedDeliveryTime: tracking.estimatedDeliveryTime,
		totalPallets: tracking.totalPallets,
		latestEvent: latest?.eventType,
		latestEventAt: latest?.occurredAt,
		eventCount: events.length,
		updatedAt: tracking.updatedAt,
	});
}
