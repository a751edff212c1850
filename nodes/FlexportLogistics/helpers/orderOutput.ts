/** The simplified order (OrderModel): status, dates, error and tracking in one flat record. */
import type { IDataObject } from 'n8n-workflow';

const asObject = (value: unknown): IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};

const asList = (value: unknown): IDataObject[] => (Array.isArray(value) ? value.map(asObject) : []);

const unique = (values: unknown[]): string[] => [
	...new Set(values.filter((value): value is string => typeof value === 'string' && value !== '')),
];

export function simplifyOrder(order: IDataObject): IDataObject {
	const state = asObject(order.state);
	const error = asObject(order.error);
	const address = asObject(order.address);
	const shipments = asList(order.shipments);
	const labels = shipments.flatMap((shipment) =>
		asList(shipment.packages).map((pack) => asObject(pack.label)),
	);
	const summary: IDataObject = {
		id: order.id,
		externalOrderId: order.externalOrderId,
		status: state.fulfillmentStatus,
		internalStatus: state.internalStatus,
		fulfillmentInProgress: state.fulfillmentInProgress,
		fulfillmentDelayed: state.fulfillmentDelayed,
		createdAt: order.createdAt,
		updatedAt: order.updatedAt,
		promisedShipByTime: order.promisedShipByTime,
		promisedDeliveryByTime: order.promisedDeliveryByTime,
		shippedAt: order.shippedAt,
		deliveredAt: order.deliveredAt,
		cost: order.cost,
		recipientName: address.name,
		city: address.city,
		countryCode: address.countryCode,
		lineItems: asList(order.lineItems).map((line) => ({
			logisticsSku: line.logisticsSku,
			quantity: line.quantity,
		})),
		errorType: error.type,
		errorMessage: error.message,
		errorRetriable: error.retriable,
		shipmentIds: unique(shipments.map((shipment) => shipment.id)),
		carriers: unique(labels.map((label) => label.carrier)),
		trackingCodes: unique(labels.map((label) => label.trackingCode)),
		trackingUrls: unique(labels.map((label) => label.trackingUrl)),
	};
	// Fields the order does not have yet (shippedAt before shipping) are left out, not null.
	for (const key of Object.keys(summary)) if (summary[key] === undefined) delete summary[key];
	return summary;
}
