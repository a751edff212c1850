'use strict';

// Builders for the small value objects that recur in Flexport responses
// (addresses, money, quantities, link refs, places). Refs carry absolute links
// on the simulator's own base URL so a client can follow them.

const { PORTS } = require('./reference-data');

const PORTS_BY_CODE = new Map(PORTS.map((port) => [port.unlocode, port]));

function address(fields) {
	return {
		_object: '/address',
		street_address: fields.street || null,
		street_address2: fields.street2 || null,
		city: fields.city || null,
		state: fields.state || null,
		country: fields.country || null,
		country_code: fields.countryCode || null,
		zip: fields.zip || null,
		unlocode: fields.unlocode || null,
		timezone: fields.timezone || null,
		ref: fields.ref || null,
	};
}

/** Address object from a request body's AddressForRequestBody. */
function addressFromRequest(body) {
	return address({
		street: body.street_address,
		street2: body.street_address2,
		city: body.city,
		state: body.state,
		countryCode: body.country_code,
		zip: body.zip,
		unlocode: body.unlocode,
	});
}

function money(amount, currencyCode = 'USD') {
	return { _object: '/money', amount: Number(amount).toFixed(2), currency_code: currencyCode };
}

function weight(value, unit = 'kg') {
	return { _object: '/quantity/weight', value: round(value, 2), unit };
}

function volume(value, unit = 'cbm') {
	return { _object: '/quantity/volume', value: round(value, 2), unit };
}

function round(value, digits) {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

const PORT_DETAIL_OBJECTS = {
	seaport: '/ocean/port',
	airport: '/air/port',
	railport: '/ocean/railport',
	roadport: '/trucking/port',
};

/** A `/place` for a port, as in GET /ports and booking/leg port fields. */
function portPlace(unlocode) {
	const port = PORTS_BY_CODE.get(unlocode);
	if (!port) return null;
	return {
		_object: '/place',
		name: port.name,
		address: address({
			city: port.city,
			state: port.state,
			country: port.country,
			countryCode: port.countryCode,
			unlocode: port.unlocode,
			timezone: port.timezone,
		}),
		details: port.types.map((type) =>
			type === 'airport'
				? {
						_object: '/air/port',
						port_code: port.portCode,
						country_code: port.countryCode,
						iata_code: port.iata,
						icao_code: port.icao,
					}
				: { _object: PORT_DETAIL_OBJECTS[type], port_code: port.portCode },
		),
	};
}

function portTypes(place) {
	const types = Object.entries(PORT_DETAIL_OBJECTS);
	return place.details
		.map((detail) => (types.find(([, object]) => object === detail._object) || [])[0])
		.filter(Boolean);
}

/** Link-ref builders bound to the simulator's base URL. */
function createLinks(baseUrl) {
	const objectRef = (refType, path, id) => ({
		_object: '/api/refs/object',
		ref_type: refType,
		link: `${baseUrl}${path}`,
		id,
	});
	const collectionRef = (refType, path) => ({
		_object: '/api/refs/collection',
		ref_type: refType,
		link: `${baseUrl}${path}`,
	});
	return {
		baseUrl,
		objectRef,
		collectionRef,
		shipment: (id) => objectRef('/shipment', `/shipments/${id}`, id),
		booking: (id) => objectRef('/booking', `/bookings/${id}`, id),
		leg: (id) => objectRef('/shipment_leg', `/shipment_legs/${id}`, id),
		container: (id) =>
			objectRef('/ocean/shipment_container', `/ocean/shipment_containers/${id}`, id),
		purchaseOrder: (id) => objectRef('/purchase_order', `/purchase_orders/${id}`, id),
		purchaseOrderLineItem: (id) =>
			objectRef('/purchase_orders/line_item', `/purchase_order_line_items/${id}`, id),
		product: (id) => objectRef('/product', `/products/${id}`, id),
		company: (id) => objectRef('/network/company', `/network/companies/${id}`, id),
		companyEntity: (id) => objectRef('/company_entity', `/network/company_entities/${id}`, id),
	};
}

module.exports = {
	address,
	addressFromRequest,
	money,
	weight,
	volume,
	round,
	portPlace,
	portTypes,
	createLinks,
	PORTS_BY_CODE,
};
