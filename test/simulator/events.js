'use strict';

// Webhook Event objects (docs/reference/flexport-api.md §9.4): seeded history for GET /events
// and the builder behind sim.addEvent(). Events hold JSON snapshots of the
// resources at the time they happened, as a delivered webhook would.

const { DAY_MS, isoDateTime } = require('./store');
const { EVENT_TYPES } = require('./reference-data');

const snapshot = (value) => (value == null ? null : JSON.parse(JSON.stringify(value)));

function eventData(db, { shipment, resource, location }) {
	const containers = shipment
		? db.containers.all().filter((container) => container.shipment.id === shipment.id)
		: [];
	return {
		_object: '/shipment_event_data',
		resource: snapshot(resource),
		shipment: snapshot(shipment),
		location: snapshot(location || null),
		containers: snapshot(containers),
	};
}

/** Picks the resource an event type is about. */
function resourceFor(db, type, shipment) {
	const legs = db.legs.all().filter((leg) => leg.shipment.id === shipment.id);
	if (type.startsWith('/shipment_leg#') && legs.length) {
		const leg = legs[legs.length > 1 ? 1 : 0];
		return { resource: leg, location: type.endsWith('departed') ? leg.origin : leg.destination };
	}
	if (type.startsWith('/ocean/shipment_container_leg#')) {
		const legIds = new Set(legs.map((leg) => leg.id));
		const containerLeg = db.containerLegs.find((candidate) => legIds.has(candidate.leg.id));
		if (containerLeg)
			return { resource: containerLeg, location: legs[legs.length - 1].destination };
	}
	if (type.startsWith('/invoice#')) {
		const invoice = db.invoices.find(
			(candidate) => candidate.shipments && candidate.shipments.id === shipment.id,
		);
		if (invoice) return { resource: invoice, location: null };
	}
	return { resource: shipment, location: null };
}

function seedEvents(context, count) {
	const { db, rng, now } = context;
	const shipments = db.shipments.all().slice(-40); // the most recent shipments
	const types = [
		...EVENT_TYPES.shipment,
		...EVENT_TYPES.shipmentLeg,
		...EVENT_TYPES.shipmentLeg,
		...EVENT_TYPES.containerLeg,
		...EVENT_TYPES.invoice,
	];
	const span = 14 * DAY_MS;
	for (let n = 0; n < count; n += 1) {
		const occurredAt = now - span + Math.floor((span / count) * n) + rng.int(0, 3600 * 1000);
		const shipment = rng.pick(shipments);
		const pickedType = rng.pick(types);
		const { resource, location } = resourceFor(db, pickedType, shipment);
		// Fall back to a shipment-level type when the shipment has no such resource.
		const type =
			resource === shipment && !pickedType.startsWith('/shipment#')
				? '/shipment#schedule_confirmed'
				: pickedType;
		db.events.insert({
			_object: '/event',
			id: db.events.nextId(),
			version: 2,
			created_at: isoDateTime(occurredAt + rng.int(1, 120) * 1000),
			occurred_at: isoDateTime(occurredAt),
			type,
			data: eventData(db, { shipment, resource, location }),
		});
	}
}

/**
 * Completes a partial event for sim.addEvent(). Without `data`, the event is
 * about the newest shipment; `data.shipment: { id }` is expanded to the full
 * shipment.
 */
function buildEvent(db, partial = {}, now) {
	const type = partial.type || '/shipment#schedule_confirmed';
	const shipmentId = partial.data && partial.data.shipment && partial.data.shipment.id;
	const shipment = (shipmentId && db.shipments.get(shipmentId)) || db.shipments.all().slice(-1)[0];
	let data;
	if (partial.data && Object.keys(partial.data).some((key) => key !== 'shipment')) {
		data = {
			_object: '/shipment_event_data',
			resource: null,
			shipment: null,
			location: null,
			containers: [],
			...partial.data,
		};
		if (data.shipment && Object.keys(data.shipment).length === 1 && shipment)
			data.shipment = snapshot(shipment);
	} else {
		data = eventData(db, { shipment, ...resourceFor(db, type, shipment) });
	}
	const occurredAt = partial.occurred_at || isoDateTime(now);
	return {
		_object: '/event',
		version: 2,
		...partial,
		id: partial.id || db.events.nextId(),
		created_at: partial.created_at || isoDateTime(now),
		occurred_at: occurredAt,
		type,
		data,
	};
}

module.exports = { seedEvents, buildEvent };
