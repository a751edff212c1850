'use strict';

// What each listable resource looks like to the list/show handlers: where its
// records live, how they sort by default, and the filters that do not follow
// from the field path alone (query.js handles `f.status`, `f.shipment.id`,
// `f.created_at.gte` and the like generically).

const { INTERNAL } = require('./store');
const { portTypes } = require('./shapes');
const { badRequest } = require('./http-util');
const { ROLES } = require('./spec-versions');

function metadataFilter(prefix) {
	return (item, value, name) => {
		const values = (item.metadata || {})[name.slice(prefix.length)];
		if (Array.isArray(values)) return values.map(String).includes(value);
		return values != null && String(values) === value;
	};
}

function createResources(db) {
	const own = () => db.companies.get(db.ownCompanyId);
	const entityRefs = (company) => {
		const record = company && db.companies.get(company.id);
		return record ? record.entities.map((entity) => entity.ref) : [];
	};
	const companyRef = (companyId) => {
		const company = db.companies.get(companyId);
		return company ? company.ref : null;
	};

	return {
		shipments: {
			label: 'Shipment',
			collection: db.shipments,
			// List items say /shipments (sic), docs/reference/flexport-api.md §4, and are summaries:
			// the items (with their products) come only with the single shipment.
			listItem: ({ items: _items, ...summary }) => ({ ...summary, _object: '/shipments' }),
			defaultSort: 'id',
			defaultDirection: 'desc',
			filters: {
				'f.statuses.any': 'status.any',
				'f.container_number': (shipment, value) =>
					shipment[INTERNAL].containerNumbers.includes(value),
				'f.purchase_order': 'items.purchase_order_number',
				'f.sku': 'items.product.sku',
				'f.master_bill_number': (shipment, value) =>
					[
						shipment.ocean_shipment && shipment.ocean_shipment.master_bill_number,
						shipment.air_shipment && shipment.air_shipment.master_airway_bill,
					].includes(value),
				'f.house_bill_number': (shipment, value) =>
					[
						shipment.ocean_shipment && shipment.ocean_shipment.house_bill_number,
						shipment.air_shipment && shipment.air_shipment.house_airway_bill,
					].includes(value),
				'f.consignee_external_ref': 'consignees.ref',
				'f.metadata.': metadataFilter('f.metadata.'),
			},
		},
		legs: {
			label: 'Shipment leg',
			collection: db.legs,
			defaultSort: 'id',
			defaultDirection: 'asc',
		},
		containers: {
			label: 'Shipment container',
			collection: db.containers,
			defaultSort: 'id',
			defaultDirection: 'asc',
			filters: {
				'f.metadata.': metadataFilter('f.metadata.'),
				// v3: the reference code is the carrier's booking number of the container's shipment.
				'f.reference_code': (container, value) => {
					const shipment = db.shipments.get(container.shipment.id);
					return Boolean(
						shipment &&
							shipment.ocean_shipment &&
							shipment.ocean_shipment.carrier_booking_number === value,
					);
				},
			},
		},
		containerLegs: {
			label: 'Shipment container leg',
			collection: db.containerLegs,
			defaultSort: 'id',
			defaultDirection: 'asc',
			filters: {
				'f.shipment_container.container_number': (leg, value) =>
					leg[INTERNAL].containerNumber === value,
			},
		},
		bookings: {
			label: 'Booking',
			collection: db.bookings,
			defaultSort: 'created_at',
			defaultDirection: 'desc',
			filters: {
				'f.consignee_entity_ref': 'consignee_entity.ref',
				'f.shipper_entity_ref': 'shipper_entity.ref',
				'f.metadata.': metadataFilter('f.metadata.'),
			},
		},
		bookingLineItems: {
			label: 'Booking line item',
			collection: db.bookingLineItems,
			defaultSort: 'id',
			defaultDirection: 'desc',
			filters: {
				'f.purchase_order.id': (item, value) => String(item[INTERNAL].purchaseOrderId) === value,
			},
		},
		purchaseOrders: {
			label: 'Purchase order',
			collection: db.purchaseOrders,
			defaultSort: 'id',
			defaultDirection: 'asc',
			filters: {
				'f.buyer_ref': 'buyer.ref',
				'f.seller_ref': 'seller.ref',
				'f.role': (order, value) =>
					(value === 'buyer' ? order.buyer : order.seller).id === own().id,
				// v3 (spec-versions.js): any of the roles, and the parties' entity refs.
				'f.roles': (order, value) =>
					value.split(',').some((role) => {
						if (!ROLES.includes(role))
							throw badRequest(`f.roles: unknown role ${JSON.stringify(role)}`);
						const party = role === 'buyer' ? order.buyer : role === 'seller' ? order.seller : null;
						return Boolean(party && party.id === own().id);
					}),
				'f.seller_entity_ref': (order, value) => entityRefs(order.seller).includes(value),
				'f.buyer_entity_ref': (order, value) => entityRefs(order.buyer).includes(value),
				'f.shipment.id': (order, value) => order[INTERNAL].shipmentIds.map(String).includes(value),
			},
		},
		poLineItems: {
			label: 'Purchase order line item',
			collection: db.poLineItems,
			defaultSort: 'id',
			defaultDirection: 'desc',
		},
		commercialInvoices: {
			label: 'Commercial invoice',
			collection: db.commercialInvoices,
			defaultSort: 'invoice_number',
			defaultDirection: 'asc',
			filters: {
				'f.involved_party_seller_id': (invoice, value) =>
					String(invoice[INTERNAL].sellerEntityId) === value,
				'f.involved_party_seller_ref': (invoice, value) => invoice[INTERNAL].sellerRef === value,
			},
		},
		customsEntries: {
			label: 'Customs entry',
			collection: db.customsEntries,
			defaultSort: 'entry_number',
			defaultDirection: 'asc',
		},
		documents: {
			label: 'Document',
			collection: db.documents,
			defaultSort: 'file_metadata.uploaded_at',
			defaultDirection: 'desc',
			filters: { 'f.uploaded_at.': 'file_metadata.uploaded_at.' },
		},
		invoices: {
			label: 'Invoice',
			collection: db.invoices,
			defaultSort: 'due_date',
			defaultDirection: 'desc',
			filters: {
				'f.shipment.id': 'shipments.id',
				'f.shipment_id': 'shipments.id',
				'f.entity.id': 'recipient.id',
				'f.entity.ref': 'recipient.ref',
				'f.billed_directly_to_client': 'ignore',
				'f.client_id': 'ignore',
			},
		},
		companies: {
			label: 'Company',
			collection: db.companies,
			defaultSort: 'name',
			defaultDirection: 'asc',
			filters: { 'f.metadata.': metadataFilter('f.metadata.') },
		},
		companyEntities: {
			label: 'Company entity',
			collection: db.companyEntities,
			defaultSort: 'id',
			defaultDirection: 'asc',
			filters: {
				'f.company_id': (entity, value) => entity[INTERNAL].companyId === value,
				'f.company_ref': (entity, value) => companyRef(entity[INTERNAL].companyId) === value,
			},
		},
		contacts: {
			label: 'Contact',
			collection: db.contacts,
			defaultSort: 'name',
			defaultDirection: 'asc',
			filters: {
				'f.company_ref': (contact, value) => companyRef(contact[INTERNAL].companyId) === value,
				'f.location.id': (contact, value) => {
					const location = db.locations.get(value);
					return Boolean(location && location[INTERNAL].contactIds.includes(contact.id));
				},
			},
		},
		locations: {
			label: 'Location',
			collection: db.locations,
			defaultSort: 'name',
			defaultDirection: 'asc',
			filters: {
				'f.company_ref': (location, value) => companyRef(location[INTERNAL].companyId) === value,
				'f.contact.id': (location, value) => location[INTERNAL].contactIds.includes(value),
				'f.metadata.': metadataFilter('f.metadata.'),
			},
		},
		ports: {
			label: 'Port',
			collection: { all: () => db.ports },
			defaultSort: 'name',
			defaultDirection: 'asc',
			filters: {
				'f.port_type': (place, value) => portTypes(place).includes(value),
				'f.unlocode': 'address.unlocode',
			},
		},
		products: {
			label: 'Product',
			collection: db.products,
			defaultSort: 'id',
			defaultDirection: 'asc',
			filters: {
				'f.product_properties.': (product, value, name) =>
					product.product_properties.some(
						(property) =>
							property.type === name.slice('f.product_properties.'.length) &&
							property.value === value,
					),
			},
		},
		events: {
			label: 'Event',
			collection: db.events,
			defaultSort: 'occurred_at',
			defaultDirection: 'desc',
		},
	};
}

module.exports = { createResources };
