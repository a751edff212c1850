'use strict';

// Seeds shipments and everything attached to them: legs, ocean containers and
// container legs, customs entries, commercial invoices, documents (with
// downloadable bytes), freight invoices and bookings. Also generates the
// synthetic shipments of the `largeCollection` mode.

const { createRandom, DAY_MS, isoDateTime, isoDate, INTERNAL } = require('./store');
const { address, money, weight, volume, portPlace } = require('./shapes');
const {
	CARRIERS,
	AIRLINES,
	TRUCKERS,
	ORIGIN_PORTS,
	DESTINATION_PORTS,
	DOCUMENT_TYPES,
	PORTS,
} = require('./reference-data');
const { buildBooking, bookingRequestFor } = require('./bookings');
const { makePdf } = require('./pdf');

const SHIPMENT_COUNT = 120;
const TRANSIT_DAYS = { ocean: 24, air: 3, truck: 4, rail: 14 };
const FLEXPORT_ENTITY = {
	_object: '/company_entity',
	id: 28714,
	name: 'Flexport International LLC',
	ref: null,
	mailing_address: address({
		street: '760 Market St FL 8',
		city: 'San Francisco',
		state: 'CA',
		country: 'United States of America',
		countryCode: 'US',
		zip: '94102',
		timezone: 'America/Los_Angeles',
	}),
	vat_numbers: [],
};

/** Key dates of a shipment's journey, in ms. */
function buildTimeline(createdMs, mode, rng) {
	const cargoReady = createdMs + rng.int(5, 9) * DAY_MS;
	const departure = cargoReady + rng.int(2, 5) * DAY_MS;
	const arrival = departure + (TRANSIT_DAYS[mode] + rng.int(-1, 4)) * DAY_MS;
	const delivered = arrival + rng.int(2, 7) * DAY_MS;
	return { created: createdMs, cargoReady, departure, arrival, delivered };
}

function statusAt(timeline, now) {
	if (now < timeline.cargoReady) return 'seller_location';
	if (now < timeline.departure - 2 * DAY_MS) return 'in_transit_to_departure_port';
	if (now < timeline.departure) return 'departure_port';
	if (now < timeline.arrival) return 'in_transit_to_arrival_port';
	if (now < timeline.arrival + DAY_MS) return 'arrival_port';
	if (now < timeline.delivered) return 'in_transit_to_final_destination';
	return 'final_destination';
}

const actual = (ms, now) => (ms <= now ? isoDateTime(ms) : null);

function pickPorts(mode, rng) {
	if (mode === 'air') {
		const airports = PORTS.filter((port) => port.types.includes('airport'));
		const origin = rng.pick(airports.filter((port) => ORIGIN_PORTS.includes(port.unlocode)));
		const destination = rng.pick(
			airports.filter((port) => DESTINATION_PORTS.includes(port.unlocode)),
		);
		return { origin: origin.unlocode, destination: destination.unlocode };
	}
	if (mode === 'truck')
		return { origin: 'USLGB', destination: rng.pick(['USORD', 'USHOU', 'USOAK']) };
	if (mode === 'rail') return { origin: rng.pick(['USLGB', 'CAVAN']), destination: 'USORD' };
	return {
		origin: rng.pick(ORIGIN_PORTS.filter((code) => code !== 'CNPVG')),
		destination: rng.pick(DESTINATION_PORTS.slice(0, 11)),
	};
}

/** The shipment object itself (without children). */
function buildShipmentRecord({
	id,
	index,
	mode,
	timeline,
	now,
	rng,
	links,
	shipper,
	consignee,
	items,
	freightType,
}) {
	const totalWeight = items.reduce((sum, item) => sum + item.total_weight.value, 0);
	const totalVolume = items.reduce((sum, item) => sum + item.total_volume.value, 0);
	const carrier = rng.pick(CARRIERS);
	const isLcl = mode === 'ocean' && rng.chance(0.2);
	return {
		_object: '/shipment',
		id,
		name: `${items[0].product.name} - ${items[0].purchase_order_number}`,
		metadata:
			index % 4 === 0
				? {
						PO: [...new Set(items.map((item) => item.purchase_order_number))],
						region: [rng.pick(['west', 'east', 'eu'])],
					}
				: {},
		transportation_mode: mode,
		freight_type: freightType,
		incoterm: rng.pick(['FOB', 'FOB', 'EXW', 'FCA', 'CIF', 'DAP']),
		calculated_weight: weight(totalWeight),
		calculated_volume: volume(totalVolume),
		pieces: items.reduce((sum, item) => sum + item.total_units, 0),
		it_number: rng.chance(0.3) ? `V${rng.digits(8)}` : null,
		created_date: isoDateTime(timeline.created),
		// LCL cargo is unpacked at the arrival port: a status of the current enum (spec-versions.js).
		status:
			isLcl && statusAt(timeline, now) === 'arrival_port'
				? 'deconsolidation'
				: statusAt(timeline, now),
		priority: rng.chance(0.15) ? 'high' : 'standard',
		updated_at: isoDateTime(
			Math.min(
				now - rng.int(1, 48) * 3600 * 1000,
				Math.max(timeline.created, Math.min(now, timeline.delivered)),
			),
		),
		estimated_departure_date: isoDateTime(timeline.departure),
		actual_departure_date: actual(timeline.departure, now),
		estimated_arrival_date: isoDateTime(timeline.arrival),
		actual_arrival_date: actual(timeline.arrival, now),
		cargo_ready_date: isoDate(timeline.cargoReady),
		wants_freight_management_bco: rng.chance(0.2),
		wants_flexport_freight: true,
		estimated_picked_up_in_full_date: isoDateTime(timeline.cargoReady + DAY_MS),
		actual_picked_up_in_full_date: actual(timeline.cargoReady + DAY_MS, now),
		estimated_delivered_in_full_date: isoDateTime(timeline.delivered),
		actual_delivered_in_full_date: actual(timeline.delivered, now),
		wants_export_customs_service: rng.chance(0.4),
		wants_import_customs_service: rng.chance(0.8),
		ocean_shipment:
			mode === 'ocean'
				? {
						_object: '/ocean/shipment',
						is_lcl: isLcl,
						house_bill_number: `FLXT${rng.digits(8)}`,
						master_bill_number: `${carrier.scac}${rng.digits(9)}`,
						carrier_booking_number: rng.digits(9),
						containers: links.collectionRef(
							'/ocean/shipment_container',
							`/ocean/shipment_containers?f.shipment.id=${id}`,
						),
					}
				: null,
		air_shipment:
			mode === 'air'
				? {
						_object: '/air/shipment',
						house_airway_bill: `FLX${rng.digits(8)}`,
						master_airway_bill: `${rng.digits(3)}-${rng.digits(8)}`,
						chargeable_weight: weight(Math.max(totalWeight, totalVolume * 167)),
						chargeable_volume: volume(totalVolume),
					}
				: null,
		shippers: [shipper],
		consignees: [consignee],
		// As in Flexport's records, the optional parties are often not filled in: empty lists.
		buyers: index % 3 === 1 ? [] : [consignee],
		sellers: index % 3 === 1 ? [] : [shipper],
		importers_of_record: index % 4 === 2 ? [] : [consignee],
		items,
		legs: links.collectionRef('/shipment_leg', `/shipment_legs?f.shipment.id=${id}`),
		customs_entries: links.collectionRef('/customs_entry', `/customs_entries?f.shipment.id=${id}`),
		commercial_invoices: links.collectionRef(
			'/commercial_invoice',
			`/commercial_invoices?f.shipment.id=${id}`,
		),
		documents: links.collectionRef('/document', `/documents?f.shipment.id=${id}`),
		// Current v2 and v3 records link the booking (spec/flexport-api-versions.md §2.1); null without one.
		booking: null,
		departure_date: actual(timeline.departure, now),
		arrival_date: actual(timeline.arrival, now),
		picked_up_in_full_date: actual(timeline.cargoReady + DAY_MS, now),
		delivered_in_full_date: actual(timeline.delivered, now),
		[INTERNAL]: {
			containerNumbers: [],
			isLcl,
			carrier,
			timeline,
			parties: { seller: shipper, buyer: consignee },
		},
	};
}

function shipmentItem(id, product, purchaseOrderNumber, rng) {
	const units = rng.int(20, 800);
	return {
		_object: '/shipment_item',
		id,
		total_units: units,
		total_weight: weight(units * rng.float(0.2, 3)),
		total_volume: volume(units * rng.float(0.002, 0.03)),
		purchase_order_number: purchaseOrderNumber,
		product: { _object: '/product', id: product.id, name: product.name, sku: product.sku },
	};
}

function seedShipments(context) {
	const { db, rng, now } = context;
	const ownEntities = db.companies.get(db.ownCompanyId).entities;
	const orders = db.purchaseOrders.all().filter((order) => order.status !== 'cancelled');
	let itemId = 29001;
	for (let index = 0; index < SHIPMENT_COUNT; index += 1) {
		const mode =
			index % 20 === 7 ? 'rail' : index % 10 === 3 ? 'truck' : index % 4 === 1 ? 'air' : 'ocean';
		const createdMs = now - (150 - index * 1.2) * DAY_MS - rng.int(0, 23) * 3600 * 1000;
		const timeline = buildTimeline(createdMs, mode, rng);
		const order = orders[index % orders.length];
		const lineItems = order[INTERNAL].lineItemIds.map((lineId) => db.poLineItems.get(lineId));
		const items = lineItems.slice(0, rng.int(1, lineItems.length)).map((line) => {
			const item = shipmentItem(itemId, db.products.get(line.product.id), order.name, rng);
			itemId += 1;
			return item;
		});
		const shipper = db.companyEntities.find((entity) => entity.ref === order.seller.ref);
		const consignee = ownEntities[index % 5 === 4 ? 1 : 0];
		const freightType =
			mode === 'ocean'
				? rng.pick(['door_to_door', 'door_to_door', 'port_to_door', 'port_to_port'])
				: 'door_to_door';
		const shipment = db.shipments.insert(
			buildShipmentRecord({
				id: db.shipments.nextId(),
				index,
				mode,
				timeline,
				now,
				rng,
				links: context.links,
				shipper,
				consignee,
				items,
				freightType,
			}),
		);
		order[INTERNAL].shipmentIds.push(shipment.id);
		const legs = seedLegs(context, shipment, pickPorts(mode, rng), freightType);
		if (mode === 'ocean' && !shipment[INTERNAL].isLcl) seedContainers(context, shipment, legs);
		if (now > timeline.arrival - 3 * DAY_MS && shipment.wants_import_customs_service)
			seedCustomsEntry(context, shipment);
		if (index % 2 === 0) seedCommercialInvoice(context, shipment, order);
		else seedFreightInvoice(context, shipment);
		if (index % 3 === 0) seedDocuments(context, shipment);
		if (index < 40) seedBookingFor(context, shipment, order, index);
	}
	for (let index = 0; index < 20; index += 1)
		seedOpenBooking(context, orders[(index * 7) % orders.length], index);
}

// ------------------------------------------------------------------- legs --

function portNode(unlocode, tag) {
	return { _object: '/shipment_node', tags: [tag], place: portPlace(unlocode), terminal: null };
}

function addressNode(entity, tag) {
	return {
		_object: '/shipment_node',
		tags: [tag],
		place: { _object: '/place', name: entity.name, address: entity.mailing_address, details: [] },
		terminal: null,
	};
}

function seedLegs(context, shipment, ports, freightType) {
	const { db, rng, links, now } = context;
	const { timeline, carrier } = shipment[INTERNAL];
	const mode = shipment.transportation_mode;
	const plan = [];
	if (mode === 'ocean' || mode === 'air') {
		if (freightType.startsWith('door'))
			plan.push({
				mode: 'truck',
				from: addressNode(shipment.shippers[0], 'origin'),
				to: portNode(ports.origin, 'port_of_loading'),
				dep: timeline.cargoReady,
				arr: timeline.departure - DAY_MS,
			});
		plan.push({
			mode,
			from: portNode(ports.origin, 'port_of_loading'),
			to: portNode(ports.destination, 'port_of_unloading'),
			dep: timeline.departure,
			arr: timeline.arrival,
		});
		if (freightType.endsWith('door'))
			plan.push({
				mode: 'truck',
				from: portNode(ports.destination, 'port_of_unloading'),
				to: addressNode(shipment.consignees[0], 'destination'),
				dep: timeline.arrival + DAY_MS,
				arr: timeline.delivered,
			});
	} else {
		plan.push({
			mode,
			from: portNode(ports.origin, 'origin'),
			to: portNode(ports.destination, 'destination'),
			dep: timeline.departure,
			arr: timeline.arrival,
		});
	}
	return plan.map((step) => {
		const id = db.legs.nextId();
		const containerLegs = links.collectionRef(
			'/ocean/shipment_container_leg',
			`/ocean/shipment_container_legs?f.leg.id=${id}`,
		);
		const airline = rng.pick(AIRLINES);
		return db.legs.insert({
			_object: '/shipment_leg',
			id,
			shipment: links.shipment(shipment.id),
			estimated_arrival_date: isoDateTime(step.arr),
			actual_arrival_date: actual(step.arr, now),
			estimated_departure_date: isoDateTime(step.dep),
			actual_departure_date: actual(step.dep, now),
			additional_dates:
				step.mode === 'truck'
					? {
							cargo_ready_date: shipment.cargo_ready_date,
							delivery_appointment_requested_at_date: null,
							delivery_appointment_requested_date: null,
							delivery_appointment_scheduled_at_date: null,
							delivery_appointment_scheduled_date: null,
							loaded_on_truck_date: actual(step.dep, now),
							delivery_completed: actual(step.arr, now),
						}
					: null,
			origin: step.from,
			destination: step.to,
			transportation_mode: step.mode,
			carrier_name:
				step.mode === 'ocean'
					? carrier.name
					: step.mode === 'air'
						? airline.name
						: step.mode === 'rail'
							? 'BNSF Railway'
							: rng.pick(TRUCKERS),
			air_leg:
				step.mode === 'air'
					? {
							_object: '/air/shipment_leg',
							iata_code: airline.iata,
							icao_code: airline.icao,
							flight_number: `${airline.iata} ${rng.int(100, 999)}`,
						}
					: null,
			ocean_leg:
				step.mode === 'ocean'
					? {
							_object: '/ocean/shipment_leg',
							scac_code: carrier.scac,
							vessel_name: rng.pick(carrier.vessels),
							vessel_imo: `IMO${rng.digits(7)}`,
							voyage_number: `${rng.digits(3)}${rng.pick(['E', 'W', 'N', 'S'])}`,
							container_legs: containerLegs,
						}
					: null,
			trucking_leg:
				step.mode === 'truck'
					? {
							_object: '/trucking/shipment_leg',
							tracking_number: `TRK${rng.digits(9)}`,
							service_type: shipment.transportation_mode === 'truck' ? 'ftl' : 'drayage',
							pieces: shipment.pieces,
							container_legs: containerLegs,
						}
					: null,
			rail_leg:
				step.mode === 'rail'
					? { _object: '/rail/shipment_leg', container_legs: containerLegs }
					: null,
			cargo_ready_date: shipment.cargo_ready_date,
			deleted_at: null,
		});
	});
}

// ------------------------------------------------------------- containers --

function seedContainers(context, shipment, legs) {
	const { db, rng, links, now } = context;
	const { timeline, carrier } = shipment[INTERNAL];
	const count = rng.int(1, 3);
	for (let n = 0; n < count; n += 1) {
		const id = db.containers.nextId();
		const containerNumber = `${carrier.scac.slice(0, 3)}U${rng.digits(7)}`;
		shipment[INTERNAL].containerNumbers.push(containerNumber);
		db.containers.insert({
			_object: '/ocean/shipment_container',
			id,
			metadata: {},
			container_type: rng.chance(0.9) ? 'dry' : 'reefer',
			container_number: containerNumber,
			container_size: rng.pick(['twenty_ft', 'fourty_ft', 'fourty_ft_hc', 'fourty_ft_hc']),
			seal_number: `SL${rng.digits(8)}`,
			estimated_departure_date: isoDateTime(timeline.departure),
			actual_departure_date: actual(timeline.departure, now),
			estimated_arrival_date: isoDateTime(timeline.arrival),
			actual_arrival_date: actual(timeline.arrival, now),
			estimated_pickup_date: isoDateTime(timeline.arrival + 2 * DAY_MS),
			actual_pickup_date: actual(timeline.arrival + 2 * DAY_MS, now),
			estimated_delivery_date: isoDateTime(timeline.delivered),
			actual_delivery_date: actual(timeline.delivered, now),
			last_free_day_date: isoDateTime(timeline.arrival + 5 * DAY_MS),
			empty_returned_date:
				timeline.delivered + 2 * DAY_MS <= now ? isoDate(timeline.delivered + 2 * DAY_MS) : null,
			cargo_ready_date: shipment.cargo_ready_date,
			available_for_pickup_date: actual(timeline.arrival + DAY_MS, now),
			estimated_available_for_pickup_date: isoDateTime(timeline.arrival + DAY_MS),
			shipment: links.shipment(shipment.id),
			container_legs: links.collectionRef(
				'/ocean/shipment_container_leg',
				`/ocean/shipment_container_legs?f.shipment_container.id=${id}`,
			),
			items: shipment.items,
		});
		for (const leg of legs) {
			db.containerLegs.insert({
				_object: '/ocean/shipment_container_leg',
				id: db.containerLegs.nextId(),
				shipment_container: links.container(id),
				leg: links.leg(leg.id),
				dates: [
					{
						estimated_departure_date: leg.estimated_departure_date,
						actual_departure_date: leg.actual_departure_date,
						estimated_arrival_date: leg.estimated_arrival_date,
						actual_arrival_date: leg.actual_arrival_date,
					},
				],
				[INTERNAL]: { containerNumber },
			});
		}
	}
}

// ------------------------------------------------- customs and invoicing --

function seedCustomsEntry(context, shipment) {
	const { db, rng, links, now } = context;
	const { timeline } = shipment[INTERNAL];
	const released = now > timeline.arrival + DAY_MS;
	const entry = {
		_object: '/customs_entry',
		id: rng.opaqueId(),
		entry_number: `${rng.letters(3).toUpperCase()}-${rng.digits(7)}-${rng.digits(1)}`,
		release_status: released ? (rng.chance(0.9) ? 'cleared' : 'customs_hold') : 'pending',
		release_date: released ? isoDate(timeline.arrival + DAY_MS) : null,
		shipment: links.shipment(shipment.id),
	};
	db.customsEntries.insert(entry);
}

function seedCommercialInvoice(context, shipment, order) {
	const { db, rng, links } = context;
	const { seller } = shipment[INTERNAL].parties;
	const lineItems = shipment.items.map((item, position) => {
		const unitPrice = rng.float(2, 90);
		return {
			_object: '/commercial_invoice_line_item',
			document_line_number: position + 1,
			price_per_unit: money(unitPrice),
			first_sale_value: null,
			value: money(unitPrice * item.total_units),
			net_value: money(unitPrice * item.total_units),
			total_units: item.total_units,
			container_number: null,
			purchase_order_number: order.name,
			weight: item.total_weight,
			volume: item.total_volume,
			net_weight: weight(item.total_weight.value * 0.92),
			net_net_weight: null,
			manufacturer_address: seller.mailing_address,
			manufacturer_name: seller.name,
			product: links.product(item.product.id),
			metadata: {},
		};
	});
	db.commercialInvoices.insert(
		buildCommercialInvoiceRecord({
			id: rng.opaqueId(),
			invoiceNumber: `CI-${shipment.id}-${rng.digits(3)}`,
			shipment,
			lineItems,
			links,
			currency: 'USD',
		}),
	);
}

/** Shared by the seed and POST /commercial_invoices. */
function buildCommercialInvoiceRecord({
	id,
	invoiceNumber,
	shipment,
	lineItems,
	links,
	currency,
	isRelatedParties = false,
	metadata = {},
}) {
	const { seller, buyer } = shipment[INTERNAL].parties;
	const sum = (pick) => lineItems.reduce((total, line) => total + (pick(line) || 0), 0);
	return {
		_object: '/commercial_invoice',
		id,
		invoice_number: invoiceNumber,
		line_items: lineItems,
		involved_parties: [
			{
				_object: '/customs/involved_party',
				address: seller.mailing_address,
				company_entity: links.companyEntity(seller.id),
				name: seller.name,
				type: 'seller',
			},
			{
				_object: '/customs/involved_party',
				address: buyer.mailing_address,
				company_entity: links.companyEntity(buyer.id),
				name: buyer.name,
				type: 'buyer',
			},
		],
		is_related_parties: isRelatedParties,
		manufacturer_addresses: [seller.mailing_address],
		metadata,
		shipment: links.shipment(shipment.id),
		total_unit_count: `${sum((line) => line.total_units)}.0`,
		total_value: money(
			sum((line) => Number(line.value && line.value.amount)),
			currency,
		),
		total_volume: volume(sum((line) => line.volume && line.volume.value)),
		total_weight: weight(sum((line) => line.weight && line.weight.value)),
		[INTERNAL]: { sellerEntityId: seller.id, sellerRef: seller.ref },
	};
}

const INVOICE_ITEMS = [
	['Ocean Freight', 'ocean_freight', 'freight'],
	['Air Freight', 'air_freight', 'freight'],
	['Origin Handling', 'origin_handling', 'origin'],
	['Destination Delivery', 'destination_delivery', 'destination'],
	['Import Customs Clearance', 'import_customs_clearance', 'customs'],
	['Fuel Surcharge', 'fuel_surcharge', 'additional'],
];

function seedFreightInvoice(context, shipment) {
	const { db, rng, links, now } = context;
	const { timeline } = shipment[INTERNAL];
	const issued = timeline.departure + rng.int(1, 5) * DAY_MS;
	const due = issued + 30 * DAY_MS;
	const currency = rng.chance(0.8) ? 'USD' : 'EUR';
	const items = INVOICE_ITEMS.filter(
		([, slug]) =>
			!(slug === 'ocean_freight' && shipment.transportation_mode === 'air') &&
			!(slug === 'air_freight' && shipment.transportation_mode !== 'air'),
	)
		.slice(0, rng.int(2, 5))
		.map(([name, slug, category]) => {
			const amount = rng.float(80, 3500);
			return {
				_object: '/invoice_item',
				name,
				slug,
				category,
				amount: money(amount, currency),
				rate: { _object: '/invoice/rate', value: amount.toFixed(2), qualifier: currency },
				quantity: { _object: '/invoice/quantity', value: '1', qualifier: 'total' },
			};
		});
	const total = items.reduce((sum, item) => sum + Number(item.amount.amount), 0);
	const paid = due < now - 10 * DAY_MS || rng.chance(0.3);
	const voided = !paid && rng.chance(0.05);
	const status = voided ? 'void' : paid ? 'paid' : due < now ? 'past_due' : 'outstanding';
	db.invoices.insert({
		_object: '/invoice',
		id: rng.opaqueId(),
		name: `FLEX-${shipment.id}-1`,
		issued_at: isoDateTime(Math.min(issued, now)),
		due_date: isoDate(due),
		total: money(total, currency),
		balance: money(status === 'paid' || status === 'void' ? 0 : total, currency),
		status,
		type: 'Shipment',
		voided_at: voided ? isoDateTime(Math.min(issued + 2 * DAY_MS, now)) : null,
		last_updated_at: isoDateTime(Math.min(issued + rng.int(0, 20) * DAY_MS, now)),
		recipient: shipment.consignees[0],
		issuer: FLEXPORT_ENTITY,
		items,
		notes: [`**Container numbers**\n\n${shipment[INTERNAL].containerNumbers.join(', ') || 'n/a'}`],
		credit_memos: [],
		shipments: links.shipment(shipment.id),
	});
}

// -------------------------------------------------------------- documents --

function seedDocuments(context, shipment) {
	const { db, rng, links } = context;
	const { timeline } = shipment[INTERNAL];
	const kinds = [rng.pick(DOCUMENT_TYPES.slice(0, 4)), rng.pick(DOCUMENT_TYPES.slice(4))];
	kinds.forEach((documentType, position) => {
		const id = rng.opaqueId();
		const fileName = `${documentType}_${shipment.id}.pdf`;
		const bytes = makePdf(
			`Simulated ${documentType.replace(/_/g, ' ')} for shipment ${shipment.id}`,
		);
		db.documentFiles.set(id, { bytes, mimeType: 'application/pdf', fileName });
		db.documents.insert(
			buildDocumentRecord({
				id,
				fileName,
				documentType,
				memo: position === 0 ? null : 'Uploaded by origin agent',
				size: bytes.length,
				uploadedAt: isoDateTime(timeline.cargoReady + position * DAY_MS),
				shipmentId: shipment.id,
				links,
				archivedAt: null,
			}),
		);
	});
}

/** Shared by the seed and POST /documents. */
function buildDocumentRecord({
	id,
	fileName,
	documentType,
	memo,
	size,
	uploadedAt,
	shipmentId,
	links,
	archivedAt = null,
}) {
	return {
		_object: '/document',
		id,
		file_name: fileName,
		document_type: documentType,
		memo: memo === undefined ? null : memo,
		file_link: `${links.baseUrl}/documents/${encodeURIComponent(id)}/download`,
		archived_at: archivedAt,
		file_metadata: { _object: '/file_metadata', size, uploaded_at: uploadedAt },
		shipment: links.shipment(shipmentId),
	};
}

// --------------------------------------------------------------- bookings --

function seedBookingFor(context, shipment, order, index) {
	const { db, now, links } = context;
	const request = bookingRequestFor(context, { order, shipment, index });
	const booking = buildBooking(request, {
		db,
		links,
		now,
		id: db.bookings.nextId(),
		createdAt: shipment[INTERNAL].timeline.created - 2 * DAY_MS,
	});
	booking.status = 'shipment';
	booking.shipment = links.shipment(shipment.id);
	shipment.booking = links.booking(booking.id);
	db.bookings.insert(booking);
	seedBookingLineItems(context, booking, order);
}

function seedOpenBooking(context, order, index) {
	const { db, now, links } = context;
	const request = bookingRequestFor(context, { order, shipment: null, index });
	const booking = buildBooking(request, {
		db,
		links,
		now,
		id: db.bookings.nextId(),
		createdAt: now - (20 - index) * DAY_MS,
	});
	booking.status = index % 5 === 0 ? 'draft' : index % 2 === 0 ? 'submitted' : 'booked';
	db.bookings.insert(booking);
	if (index < 5) seedBookingLineItems(context, booking, order);
}

function seedBookingLineItems(context, booking, order) {
	const { db, links } = context;
	if (db.bookingLineItems.size >= 45) return;
	const lineItem = db.poLineItems.get(order[INTERNAL].lineItemIds[0]);
	db.bookingLineItems.insert(
		buildBookingLineItemRecord({
			id: db.bookingLineItems.nextId(),
			booking,
			lineItem,
			units: lineItem.units,
			links,
		}),
	);
	booking.booking_line_items = links.collectionRef(
		'/purchase_orders/booking_line_item',
		`/booking_line_items?f.purchase_order.id=${order.id}`,
	);
}

function buildBookingLineItemRecord({ id, booking, lineItem, units, links }) {
	return {
		_object: '/purchase_orders/booking_line_item',
		id,
		booking: links.booking(booking.id),
		purchase_order_line_item: links.purchaseOrderLineItem(lineItem.id),
		units,
		[INTERNAL]: { purchaseOrderId: lineItem.purchase_order.id },
	};
}

// ------------------------------------------------------- large collection --

/**
 * Synthetic shipment number `index` (0-based) for the `largeCollection` mode:
 * generated on demand from the index alone, so nothing large is held in memory.
 */
function syntheticShipment(index, { links, now, ownEntity, partnerEntities, products, firstId }) {
	const rng = createRandom(0x5eed + index);
	const mode = index % 4 === 1 ? 'air' : 'ocean';
	const timeline = buildTimeline(now - (index % 365) * DAY_MS - 30 * DAY_MS, mode, rng);
	const product = products[index % products.length];
	const items = [shipmentItem(5000000 + index, product, `PO-L${100000 + index}`, rng)];
	const record = buildShipmentRecord({
		id: firstId + index,
		index,
		mode,
		timeline,
		now,
		rng,
		links,
		shipper: partnerEntities[index % partnerEntities.length],
		consignee: ownEntity,
		items,
		freightType: 'door_to_door',
	});
	return record;
}

module.exports = {
	seedShipments,
	syntheticShipment,
	buildDocumentRecord,
	buildCommercialInvoiceRecord,
	buildBookingLineItemRecord,
	statusAt,
	FLEXPORT_ENTITY,
};
