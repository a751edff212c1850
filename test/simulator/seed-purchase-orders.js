'use strict';

// The seeded purchase orders with their line items, between the caller's company and the
// overseas suppliers.

const { DAY_MS, isoDateTime, isoDate, INTERNAL } = require('./store');
const { money, portPlace } = require('./shapes');
const { ORIGIN_PORTS, DESTINATION_PORTS } = require('./reference-data');

function companySummary(company) {
	return { _object: '/network/company', id: company.id, name: company.name, ref: company.ref };
}

function seedPurchaseOrders(context) {
	const { db, rng, links, now } = context;
	const own = db.companies.get(db.ownCompanyId);
	const partners = db.companies.all().filter((company) => company.id !== own.id);
	const products = db.products.all();
	const ownLocations = db.locations
		.all()
		.filter((location) => location[INTERNAL].companyId === own.id);
	for (let i = 0; i < 45; i += 1) {
		const id = db.purchaseOrders.nextId();
		const seller = partners[i % 9]; // the nine overseas suppliers
		const sellerLocation = db.locations.find(
			(location) => location[INTERNAL].companyId === seller.id,
		);
		const destination = rng.pick(ownLocations);
		const createdAt = now - (120 - i * 2) * DAY_MS - rng.int(0, 20) * 3600 * 1000;
		const mode = rng.pick(['ocean', 'ocean', 'ocean', 'air', 'truck']);
		const originPort =
			mode === 'air' ? 'CNPVG' : rng.pick(ORIGIN_PORTS.filter((code) => code !== 'CNPVG'));
		const destinationPort = mode === 'air' ? 'USLAX' : rng.pick(DESTINATION_PORTS.slice(0, 7));
		const order = db.purchaseOrders.insert({
			id,
			_object: '/purchase_order',
			name: `PO-${24000 + i}`,
			status: i % 9 === 8 ? 'cancelled' : i < 15 ? 'closed' : 'open',
			seller: companySummary(seller),
			buyer: companySummary(own),
			incoterm: rng.pick(['FOB', 'FOB', 'EXW', 'FCA', 'CIF']),
			transportation_mode: mode,
			cargo_ready_date: isoDate(createdAt + 20 * DAY_MS),
			must_arrive_date: isoDate(createdAt + 60 * DAY_MS),
			origin_port: portPlace(originPort),
			origin_address: sellerLocation.address,
			destination_port: portPlace(destinationPort),
			destination_address: destination.address,
			memo: rng.chance(0.3) ? 'Please consolidate with other open POs from this supplier.' : null,
			archived_at: i % 15 === 14 ? isoDateTime(createdAt + 90 * DAY_MS) : null,
			created_at: isoDateTime(createdAt),
			updated_at: isoDateTime(createdAt + rng.int(1, 10) * DAY_MS),
			line_items: links.collectionRef(
				'/purchase_orders/line_item',
				`/purchase_order_line_items?f.purchase_order.id=${id}`,
			),
			metadata: { department: [rng.pick(['electronics', 'home', 'apparel', 'outdoor'])] },
			[INTERNAL]: { shipmentIds: [], lineItemIds: [] },
		});
		const lineCount = rng.int(1, 3);
		for (let line = 1; line <= lineCount; line += 1) {
			const product = rng.pick(products);
			const lineItem = db.poLineItems.insert({
				_object: '/purchase_orders/line_item',
				id: db.poLineItems.nextId(),
				purchase_order: links.purchaseOrder(id),
				line_item_number: line,
				item_key: `${order.name}-${line}`,
				product: {
					_object: '/product',
					id: product.id,
					sku: product.sku,
					name: product.name,
					product_category: product.product_category,
					country_of_origin: product.country_of_origin,
				},
				units: rng.int(10, 200) * 10,
				unit_cost: money(rng.float(1.5, 120), 'USD'),
				booking_line_items: null, // set below
				incoterm: order.incoterm,
				transportation_mode: mode,
				unit_of_measure: 'PCS',
				must_arrive_date: order.must_arrive_date,
				origin_port: order.origin_port,
				origin_address: order.origin_address,
				destination_port: order.destination_port,
				destination_address: order.destination_address,
				hs_codes: product.hs_codes,
				metadata: {},
			});
			// Flexport's example links by line item, but /booking_line_items only
			// declares f.purchase_order.id, so link by purchase order.
			lineItem.booking_line_items = links.collectionRef(
				'/purchase_orders/booking_line_item',
				`/booking_line_items?f.purchase_order.id=${id}`,
			);
			order[INTERNAL].lineItemIds.push(lineItem.id);
		}
	}
}

module.exports = { companySummary, seedPurchaseOrders };
