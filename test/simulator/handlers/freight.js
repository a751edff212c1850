'use strict';

// Writes on shipments and bookings (amendments, line items) and the carbon calculation.

const { isoDateTime } = require('../store');
const { weight, round } = require('../shapes');
const { badRequest, notFound } = require('../http-util');
const { buildBooking, findLocationByRef, cargoFromRequest, placeForPort } = require('../bookings');
const { buildBookingLineItemRecord } = require('../seed-shipments');
const { requireRecord } = require('./records');

function updateShipment(ctx) {
	const shipment = ctx.db.shipments.get(ctx.pathParams.id);
	if (!shipment) throw notFound(`Shipment ${ctx.pathParams.id} not found`);
	if (ctx.body.metadata) {
		const merged = { ...shipment.metadata, ...ctx.body.metadata };
		// A key set to null removes it.
		for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
		shipment.metadata = merged;
	}
	shipment.updated_at = isoDateTime(ctx.now);
	return { data: shipment };
}

function createBooking(ctx) {
	const booking = buildBooking(ctx.body, {
		db: ctx.db,
		links: ctx.links,
		id: 0,
		createdAt: ctx.now,
	});
	booking.id = ctx.db.bookings.nextId();
	return { data: ctx.db.bookings.insert(booking) };
}

function createBookingAmendment(ctx) {
	const { db, body } = ctx;
	requireRecord(db.bookings, body.booking_id, 'booking_id');
	let newOrigin = null;
	if (body.new_origin_address_ref) {
		const location = findLocationByRef(db, body.new_origin_address_ref);
		if (!location)
			throw badRequest(
				`new_origin_address_ref ${JSON.stringify(body.new_origin_address_ref)} does not match a location in your network`,
			);
		newOrigin = location.address;
	}
	const amendment = {
		_object: '/booking_amendment',
		id: db.bookingAmendments.nextId(),
		booking_id: body.booking_id,
		is_pending: true,
		new_name: body.new_name || null,
		new_container_counts: body.new_container_counts
			? { _object: '/container_counts', ...body.new_container_counts }
			: null,
		new_wants_pickup_service:
			body.new_wants_pickup_service === undefined ? null : body.new_wants_pickup_service,
		new_origin_address: newOrigin,
		new_port_of_loading: placeForPort({
			locCode: body.new_origin_port_loc_code,
			cbpCode: body.new_origin_port_us_cbp_port_code,
		}),
		new_port_of_unloading: placeForPort({
			locCode: body.new_destination_port_loc_code,
			cbpCode: body.new_destination_port_us_cbp_port_code,
		}),
		new_cargo_ready_date: body.new_cargo_ready_date || null,
		new_product_descriptions: (body.new_product_descriptions || []).map((item) => ({
			_object: '/booking_amendment_product_description',
			description: item.description,
			description_for_export_customs: item.description_for_export_customs || null,
			hs_code: {
				_object: '/hs_code',
				description: item.description,
				code: item.hs_code,
				country_code: 'US',
			},
		})),
		new_cargo: body.new_cargo ? cargoFromRequest(body.new_cargo) : null,
		new_metadata: body.new_metadata || null,
	};
	return { data: db.bookingAmendments.insert(amendment) };
}

function createBookingLineItem(ctx) {
	const { db, body, links } = ctx;
	const booking = requireRecord(db.bookings, body.booking_id, 'booking_id');
	const lineItem = requireRecord(
		db.poLineItems,
		body.purchase_order_line_item_id,
		'purchase_order_line_item_id',
	);
	if (body.units < 1) throw badRequest('units must be at least 1');
	const record = buildBookingLineItemRecord({
		id: db.bookingLineItems.nextId(),
		booking,
		lineItem,
		units: body.units,
		links,
	});
	return { data: db.bookingLineItems.insert(record) };
}

// kg CO2e per tonne-km, roughly the GLEC default factors.
const EMISSION_FACTORS = { ocean: 0.016, air: 0.602, truck: 0.105, rail: 0.028 };
const DEFAULT_DISTANCE_KM = { ocean: 12000, air: 9000, truck: 800, rail: 2000 };

function carbonCalculation(ctx) {
	const { body } = ctx;
	const mass = body.chargeable_weight || body.weight;
	const tonnes = mass ? (mass.unit === 'lbs' ? mass.value * 0.000453592 : mass.value / 1000) : 1;
	const distanceKm = body.distance
		? body.distance.unit === 'in'
			? body.distance.value * 0.0000254
			: body.distance.value / 100000
		: DEFAULT_DISTANCE_KM[body.transportation_mode];
	const teuFactor = body.teus ? Math.max(Number(body.teus) || 1, 1) : 1;
	const kilograms =
		tonnes *
		distanceKm *
		EMISSION_FACTORS[body.transportation_mode] *
		(body.is_lcl ? 1.2 : 1) *
		teuFactor;
	return {
		data: { _object: '/carbon_calculation', co2e_emissions: weight(round(kilograms, 3), 'kg') },
	};
}

module.exports = {
	updateShipment,
	createBooking,
	createBookingAmendment,
	createBookingLineItem,
	carbonCalculation,
};
