'use strict';

// Turns a CreateBooking request body into a Booking resource. Used by
// POST /bookings and by the seed (which builds valid CreateBooking bodies
// first, so seeded and created bookings look alike).

const { isoDateTime, INTERNAL } = require('./store');
const { address, weight, volume, portPlace, PORTS_BY_CODE } = require('./shapes');
const { badRequest } = require('./http-util');
const { PORTS } = require('./reference-data');

const MODE_KEYS = { ocean_booking: 'ocean', air_booking: 'air', trucking_booking: 'truck' };

/** Resolves a company entity ref; `self` means the caller's own main entity. */
function findEntityByRef(db, ref) {
	if (ref === 'self') return db.companies.get(db.ownCompanyId).entities[0];
	return db.companyEntities.find((entity) => entity.ref === ref);
}

function findLocationByRef(db, ref) {
	return db.locations.find((location) => location.ref === ref);
}

/** A /place for a port given by UN/LOCODE, US CBP code or IATA code. */
function placeForPort({ locCode, cbpCode, iataCode, icaoCode }) {
	if (locCode)
		return (
			portPlace(locCode) || {
				_object: '/place',
				name: locCode,
				address: address({ unlocode: locCode }),
				details: [],
			}
		);
	const port = PORTS.find(
		(candidate) =>
			(cbpCode && candidate.countryCode === 'US' && candidate.portCode === String(cbpCode)) ||
			(iataCode && candidate.iata === iataCode) ||
			(icaoCode && candidate.icao === icaoCode),
	);
	if (port) return portPlace(port.unlocode);
	const code = cbpCode || iataCode || icaoCode;
	return code ? { _object: '/place', name: String(code), address: address({}), details: [] } : null;
}

function productDescriptions(list = []) {
	return list.map((item) => ({
		_object: '/bookings/product_descriptions',
		description: item.description,
		description_for_export_customs: item.description_for_export_customs || null,
		description_for_export_customs_locale: item.description_for_export_customs_locale || null,
		hs_code: {
			_object: '/hs_code',
			description: item.description,
			code: item.hs_code,
			country_code: 'US',
		},
	}));
}

function quantity(kind, value) {
	if (!value) return null;
	const build = kind === 'weight' ? weight : kind === 'volume' ? volume : null;
	return build
		? build(value.value, value.unit)
		: { _object: '/quantity/length', value: value.value, unit: value.unit };
}

function cargoFromRequest(cargo = {}) {
	return {
		_object: '/cargo',
		volume: quantity('volume', cargo.volume),
		weight: quantity('weight', cargo.weight),
		marks_and_numbers: cargo.marks_and_numbers || null,
		shipping_units: (cargo.shipping_units || []).map((unit) => ({
			_object: '/shipping_unit',
			name: unit.name || null,
			volume: quantity('volume', unit.volume),
			weight: quantity('weight', unit.weight),
			height: quantity('length', unit.height),
			length: quantity('length', unit.length),
			width: quantity('length', unit.width),
			count: unit.count === undefined ? null : unit.count,
			atomic_count: unit.atomic_count === undefined ? null : unit.atomic_count,
			unit_type: unit.unit_type || null,
		})),
		contains_hazmat: Boolean(cargo.contains_hazmat),
		contains_magnets: Boolean(cargo.contains_magnets),
		contains_other_dangerous_goods: Boolean(cargo.contains_other_dangerous_goods),
		contains_li_ion: Boolean(cargo.contains_li_ion),
		contains_non_li_ion_battery: Boolean(cargo.contains_non_li_ion_battery),
		lithium_batteries_packing_types: cargo.lithium_batteries_packing_types || [],
	};
}

function portsOf(detail) {
	return {
		origin_port: placeForPort({
			locCode: detail.origin_port_loc_code,
			cbpCode: detail.origin_port_us_cbp_port_code,
			iataCode: detail.origin_port_iata_code,
			icaoCode: detail.origin_port_icao_code,
		}),
		destination_port: placeForPort({
			locCode: detail.destination_port_loc_code,
			cbpCode: detail.destination_port_us_cbp_port_code,
			iataCode: detail.destination_port_iata_code,
			icaoCode: detail.destination_port_icao_code,
		}),
	};
}

/**
 * Builds a Booking from a schema-valid CreateBooking body, applying the
 * business rules Flexport answers with 400 (docs/reference/flexport-api.md §5.2).
 */
function buildBooking(body, { db, links, id, createdAt }) {
	const problems = [];
	const modes = Object.keys(MODE_KEYS).filter((key) => body[key] !== undefined);
	if (modes.length !== 1)
		problems.push(
			`exactly one of ocean_booking, air_booking, trucking_booking is required (got ${modes.length ? modes.join(', ') : 'none'})`,
		);
	const shipper = findEntityByRef(db, body.shipper_entity_ref);
	if (!shipper)
		problems.push(
			`shipper_entity_ref ${JSON.stringify(body.shipper_entity_ref)} does not match a company entity in your network`,
		);
	const consignee = findEntityByRef(db, body.consignee_entity_ref);
	if (!consignee)
		problems.push(
			`consignee_entity_ref ${JSON.stringify(body.consignee_entity_ref)} does not match a company entity in your network`,
		);
	const origin = findLocationByRef(db, body.origin_address_ref);
	if (!origin)
		problems.push(
			`origin_address_ref ${JSON.stringify(body.origin_address_ref)} does not match a location in your network`,
		);
	const destination = findLocationByRef(db, body.destination_address_ref);
	if (!destination)
		problems.push(
			`destination_address_ref ${JSON.stringify(body.destination_address_ref)} does not match a location in your network`,
		);
	if (body.delivery_date && body.delivery_date < body.cargo_ready_date)
		problems.push('delivery_date must not be before cargo_ready_date');
	if (problems.length) throw badRequest(`Booking rejected: ${problems.join('; ')}`, problems);

	const modeKey = modes[0];
	const detail = body[modeKey];
	return {
		id,
		_object: '/booking',
		name: body.name,
		shipment: null,
		status: 'submitted',
		shipper_entity: shipper,
		consignee_entity: consignee,
		notify_party: body.notify_party || null,
		transportation_mode: MODE_KEYS[modeKey],
		ocean_booking:
			modeKey === 'ocean_booking'
				? {
						_object: '/ocean/booking',
						is_lcl: detail.is_lcl,
						container_counts: {
							_object: '/container_counts',
							twenty_ft: 0,
							forty_ft: 0,
							forty_ft_hc: 0,
							forty_five_ft_hc: 0,
							...detail.container_counts,
						},
						incoterm: detail.incoterm,
						wants_pickup_service: detail.wants_pickup_service,
						wants_delivery_service: Boolean(detail.wants_delivery_service),
						...portsOf(detail),
						product_descriptions: productDescriptions(detail.product_descriptions),
					}
				: null,
		air_booking:
			modeKey === 'air_booking'
				? {
						_object: '/air/booking',
						incoterm: detail.incoterm,
						wants_pickup_service: detail.wants_pickup_service,
						wants_delivery_service: Boolean(detail.wants_delivery_service),
						...portsOf(detail),
						product_descriptions: productDescriptions(detail.product_descriptions),
					}
				: null,
		trucking_booking:
			modeKey === 'trucking_booking'
				? {
						_object: '/trucking/booking',
						is_ftl: !detail.is_ltl,
						payment_terms: detail.payment_terms,
						description_of_products: detail.description_of_products || null,
					}
				: null,
		origin_address: origin.address,
		cargo_ready_date: body.cargo_ready_date,
		destination_address: destination.address,
		delivery_date: body.delivery_date || null,
		wants_export_customs_service: Boolean(body.wants_export_customs_service),
		wants_import_customs_service:
			body.wants_import_customs_service === undefined ? true : body.wants_import_customs_service,
		cargo: cargoFromRequest(body.cargo),
		special_instructions: body.special_instructions || null,
		booking_line_items: links.collectionRef(
			'/purchase_orders/booking_line_item',
			'/booking_line_items',
		),
		created_at: isoDateTime(createdAt),
		metadata: body.metadata || {},
	};
}

/** A valid CreateBooking body for seeding a booking from a purchase order. */
function bookingRequestFor({ db, rng }, { order, index }) {
	const shipperEntity = db.companyEntities.find((entity) => entity.ref === order.seller.ref);
	const originLocation = db.locations.find(
		(location) => location[INTERNAL].companyId === shipperEntity[INTERNAL].companyId,
	);
	const destinationLocation = db.locations.find(
		(location) => location.address.street_address === order.destination_address.street_address,
	);
	const lineItem = db.poLineItems.get(order[INTERNAL].lineItemIds[0]);
	const descriptions = [{ description: lineItem.product.name, hs_code: lineItem.hs_codes[0].code }];
	const originCode = order.origin_port && order.origin_port.address.unlocode;
	const destinationCode = order.destination_port && order.destination_port.address.unlocode;
	const modeDetail = {
		ocean: () => ({
			ocean_booking: {
				is_lcl: index % 6 === 5,
				container_counts: { forty_ft_hc: rng.int(1, 3) },
				incoterm: order.incoterm,
				product_descriptions: descriptions,
				wants_pickup_service: true,
				wants_delivery_service: true,
				origin_port_loc_code: originCode,
				destination_port_loc_code: destinationCode,
			},
		}),
		air: () => ({
			air_booking: {
				incoterm: order.incoterm,
				product_descriptions: descriptions,
				wants_pickup_service: true,
				origin_port_iata_code: (PORTS_BY_CODE.get(originCode) || {}).iata || 'PVG',
				destination_port_iata_code: (PORTS_BY_CODE.get(destinationCode) || {}).iata || 'LAX',
			},
		}),
		truck: () => ({
			trucking_booking: {
				is_ltl: index % 2 === 0,
				payment_terms: 'prepaid',
				description_of_products: lineItem.product.name,
			},
		}),
	}[
		order.transportation_mode === 'air'
			? 'air'
			: order.transportation_mode === 'truck'
				? 'truck'
				: 'ocean'
	];
	return {
		name: `${order.name} booking ${index + 1}`,
		shipper_entity_ref: shipperEntity.ref,
		consignee_entity_ref: 'self',
		...modeDetail(),
		origin_address_ref: originLocation.ref,
		destination_address_ref: destinationLocation.ref,
		cargo_ready_date: order.cargo_ready_date,
		delivery_date: order.must_arrive_date,
		wants_export_customs_service: false,
		cargo: {
			volume: { value: rng.int(10, 60), unit: 'cbm' },
			weight: { value: rng.int(800, 12000), unit: 'kg' },
			marks_and_numbers: order.name,
			shipping_units: [{ name: lineItem.product.name, count: rng.int(4, 40), unit_type: 'pallet' }],
		},
		metadata: { PO: [order.name] },
	};
}

module.exports = {
	buildBooking,
	bookingRequestFor,
	findEntityByRef,
	findLocationByRef,
	cargoFromRequest,
	placeForPort,
};
