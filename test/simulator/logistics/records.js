'use strict';

// Coherent Logistics records, used both by the seed and by the create operations: the
// generator (./generate.js) fills every schema field, these builders set the ones that must
// agree with the rest of the data (ids, SKUs, statuses, times, URLs).

const { INTERNAL } = require('../store');

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms) => new Date(ms).toISOString();

// Documented webhook types and the payload model each is mapped to (info.x-webhook-payloads).
const WEBHOOK_PAYLOADS = {
	'Parcel.TrackingUpdated': 'ParcelTrackingUpdatedEvent',
	'Return.Updated': 'ReturnUpdatedEvent',
	'Inbound.Received': 'InboundReceivedEvent',
	'Inbound.ShipmentStatusChanged': 'InboundShipmentStatusChangeEvent',
	'Inventory.Adjusted': 'InventoryAdjustedEvent',
	'Order.Cancelled': 'OrderEvent',
	'Order.Shipped': 'OrderEvent',
	'Shipment.Created': 'ShipmentEvent',
	'Shipment.Shipped': 'ShipmentEvent',
	'Shipment.Cancelled': 'ShipmentEvent',
	'Freight.TrackingUpdated': 'FreightTrackingInfo',
};

function createRecords({ gen, random, now, accountId, baseUrl }) {
	const alnum = (length) =>
		Array.from({ length }, () => random.pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join(
			'',
		);
	const trackingCode = () => `9400${random.digits(18)}`;
	const trackingUrl = (code) => `https://tracking.flexport.com/${code}`;

	function product(input, createdAt = now()) {
		return gen.build('ApiProductResponse', {
			...input,
			logisticsSku: input.logisticsSku || `D${alnum(10)}`,
			barcodes: input.barcodes || [random.digits(12)],
			dimsLocked: false,
			createdAt: iso(createdAt),
			updatedAt: iso(createdAt),
			international: input.customsInformation,
			customsInformation: undefined,
		});
	}

	function inventory(logisticsSku, available) {
		const unavailable = random.int(0, 12);
		return gen.build('ApiInventoryResponse', {
			logisticsSku,
			available,
			unavailable,
			onHand: available + unavailable,
			unitsPerPack: 1,
			breakdown: [],
		});
	}

	function bundle(input, createdAt = now()) {
		return { ...input, bundleId: `B${alnum(10)}`, createdAt: iso(createdAt) };
	}

	/** OrderModel from a CreateOrderInput202307. */
	function order(input, id, createdAt = now()) {
		const address = { phone: '', provinceCode: '', zip: '', ...input.address };
		return {
			id: String(id),
			externalOrderId: input.externalOrderId,
			address,
			lineItems: input.lineItems.map((item) => ({
				logisticsSku: item.logisticsSku,
				quantity: item.quantity,
				...(item.customsUnitValue ? { customsUnitValue: item.customsUnitValue } : {}),
			})),
			state: {
				fulfillmentDelayed: false,
				fulfillmentInProgress: true,
				fulfillmentStatus: 'ROUTING_IN_PROGRESS',
				internalStatus: 'CREATED',
			},
			shipments: [],
			cost: Math.round(random.float(4, 40) * 100) / 100,
			createdAt: iso(createdAt),
			updatedAt: iso(createdAt),
			promisedShipByTime: input.promisedShipByTime || iso(createdAt + DAY_MS),
			promisedDeliveryByTime: input.promisedDeliveryByTime || iso(createdAt + 4 * DAY_MS),
		};
	}

	/** Moves an order to shipped (and optionally delivered), with one shipment and package. */
	function shipOrder(record, shippedAt, delivered) {
		const code = trackingCode();
		const items = record.lineItems.map(({ logisticsSku, quantity }) => ({
			logisticsSku,
			quantity,
		}));
		record.shipments = [
			gen.build('PickFulfillmentShipmentExcludeKeyofFulfillmentShipmentWarehouse', {
				id: String(random.int(5000000, 5999999)),
				status: 'SHIPPED',
				lineItems: items,
				warehouseId: random.pick(['RNO1', 'DFW2', 'ATL1']),
				createdAt: iso(shippedAt - DAY_MS / 2),
				shippedAt: iso(shippedAt),
				packages: [
					gen.build('FulfillmentPackage', {
						id: String(random.int(7000000, 7999999)),
						lineItems: items,
						label: gen.build('MaybePackageLabel', { trackingCode: code }),
						carrierShipTime: iso(shippedAt),
					}),
				],
			}),
		];
		record.shippedAt = iso(shippedAt);
		record.state.fulfillmentStatus = delivered ? 'DELIVERED' : 'SHIPPED';
		record.state.internalStatus = delivered ? 'DELIVERED' : 'SHIPPED';
		record.state.fulfillmentInProgress = !delivered;
		if (delivered) record.deliveredAt = iso(shippedAt + 3 * DAY_MS);
		record.updatedAt = iso(shippedAt);
		return record;
	}

	function parcel(input, parcelId) {
		const code = trackingCode();
		const record = {
			parcelId,
			carrierCode: random.pick(['USPS', 'UPS', 'FEDEX']),
			trackingCode: code,
			packageTrackingUrl: trackingUrl(code),
			shippingLabelUrl: `${baseUrl}/logistics/downloads/labels/${parcelId}.pdf`,
			price: Math.round(random.float(4, 25) * 100) / 100,
			serviceLevel: input.serviceLevel || 'STANDARD',
			status: 'OK',
		};
		if (input.customerParcelId) record.customerReferenceId = input.customerParcelId;
		if (input.customerCustomField) record.customerCustomField = input.customerCustomField;
		record[INTERNAL] = { cancelled: false, createdAt: now() };
		return record;
	}

	function parcelTracking(record, trackingStatus) {
		const { createdAt } = record[INTERNAL];
		const tracking = {
			parcelId: record.parcelId,
			carrierCode: record.carrierCode,
			trackingCode: record.trackingCode,
			packageTrackingUrl: record.packageTrackingUrl,
			shippingLabelUrl: record.shippingLabelUrl,
			status: trackingStatus,
			eventTimestamps: { labelTime: iso(createdAt), lastTrackingEventTime: iso(now()) },
			expiredTrackingData: [],
		};
		if (trackingStatus === 'DELIVERED') tracking.eventTimestamps.deliveryTime = iso(now());
		if (record.customerReferenceId) tracking.customerReferenceId = record.customerReferenceId;
		return tracking;
	}

	/** ReturnsApiOrder from a CreateReturnRequest. */
	function returnOrder(input, id) {
		const label = input.externalLabel || {};
		const code = label.trackingCode || trackingCode();
		const record = {
			id,
			status: 'CREATED',
			rma: input.rma,
			externalReturnId: input.externalReturnId,
			shippingLabel: {
				carrier: label.carrier || 'USPS',
				trackingCode: code,
				trackingUrl: label.trackingUrl || trackingUrl(code),
				labelUrl: label.labelUrl || `${baseUrl}/logistics/downloads/labels/return-${id}.pdf`,
				trackingStatus: 'CREATED',
			},
			returnItems: input.returnItems.map((item) => ({
				identifier: item.identifier,
				expectedQuantity: item.quantity,
				inspectedItems: [],
			})),
		};
		if (input.sourceAddress) record.sourceAddress = input.sourceAddress;
		return record;
	}

	function inbound(input, id) {
		return gen.build('InboundShipmentResponseV4', {
			id: String(id),
			receivingId: `RCV${random.digits(8)}`,
			status: 'PENDING',
			shippingPlanId: String(id + 70000),
			addresses: {
				from: input.from,
				to: gen.build('InboundAddress', { company: 'Flexport Fulfillment', countryCode: 'US' }),
			},
			items: (input.items || []).map((item, index) => ({
				logisticsSku: item.logisticsSku,
				shipmentItemId: String(id * 100 + index),
				counts: { expected: item.quantity, sellable: 0, damaged: 0 },
			})),
			packages: (input.packages || []).map((pkg, index) => ({
				id: String(id * 1000 + index),
				items: pkg.items,
				...(pkg.weight ? { weight: pkg.weight } : {}),
			})),
			prep: input.prep,
			shippingPlanExternalId: input.shippingPlanExternalId,
			shippingPlanName: input.shippingPlanName,
			freight: undefined,
			arrivedAt: undefined,
			completedAt: undefined,
		});
	}

	/** Event for GET /events and the webhook payload delivered for it (same logisticsEventId). */
	function event({ id, type, time, fields = {} }) {
		const payloadSchema = WEBHOOK_PAYLOADS[type];
		const common = {
			logisticsAccountId: accountId,
			logisticsEventId: id,
			logisticsEventType: type,
			logisticsEventTime: iso(time),
		};
		const payload = payloadSchema
			? { ...gen.build(payloadSchema, fields), ...common }
			: { ...fields, ...common };
		const flatPayload = {};
		for (const [key, value] of Object.entries(payload)) {
			if (value !== null && typeof value !== 'object') flatPayload[key] = String(value);
		}
		return { id, type, time: iso(time), payload: flatPayload, [INTERNAL]: { webhook: payload } };
	}

	return {
		product,
		inventory,
		bundle,
		order,
		shipOrder,
		parcel,
		parcelTracking,
		returnOrder,
		inbound,
		event,
		trackingCode,
	};
}

module.exports = { createRecords, WEBHOOK_PAYLOADS, DAY_MS, iso };
