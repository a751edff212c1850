/** Enumerations from Flexport's OpenAPI description (test/nodes/Flexport/descriptions/enums.test.ts checks them against spec/flexport-api-v2.yaml). */
// spec/flexport-api-versions.md §2.1 adds `barge` (current v2 and v3 pages) to the 2020 enum.
export const TRANSPORTATION_MODES = [
	'ocean',
	'air',
	'barge',
	'truck',
	'rail',
	'unknown_transportation',
	'ocean_air',
	'truck_intl',
	'warehouse_storage',
] as const;

// The 13 statuses of the current v2 and v3 pages (spec/flexport-api-versions.md §2.1); the 2020
// file lists 7 of them.
export const SHIPMENT_STATUSES = [
	'seller_location',
	'origin_stop_off',
	'in_transit_to_departure_port',
	'departure_port',
	'in_transit_to_intermediary_port',
	'intermediary_port',
	'in_transit_to_arrival_port',
	'arrival_port',
	'deconsolidation',
	'in_transit_to_final_destination',
	'destination_stop_off',
	'gated_out',
	'final_destination',
] as const;

export const SHIPMENT_SORT = [
	'id',
	'transportation_mode',
	'status',
	'updated_at',
	'archived_at',
] as const;

// Freight
export const BOOKING_SORT = ['cargo_ready_date', 'created_at'] as const;

export const BOOKING_STATUSES = ['booked', 'submitted'] as const;

export const BOOKING_MODES = ['ocean', 'air', 'trucking'] as const;

export const INCOTERMS = [
	'EXW',
	'FOB',
	'FAS',
	'FCA',
	'CPT',
	'CFR',
	'CIF',
	'CIP',
	'DAT',
	'DAP',
	'DDP',
	'DPU',
] as const;

export const TRUCKING_PAYMENT_TERMS = ['collect', 'prepaid'] as const;

export const PURCHASE_ORDER_SORT = ['id'] as const;

export const PURCHASE_ORDER_STATUSES = ['open', 'closed', 'cancelled'] as const;

export const PURCHASE_ORDER_ROLES = ['buyer', 'seller'] as const;

/** `f.roles` of API version 3 (spec/flexport-api-versions.md §2.8). */
export const PURCHASE_ORDER_ROLES_V3 = [
	'buyer',
	'seller',
	'owner',
	'shipper',
	'consignee',
	'freight_forwarder',
	'notify_party',
	'customs_broker',
	'carrier',
	'manufacturer',
	'buyers_agent',
	'sellers_agent',
] as const;

export const PURCHASE_ORDER_PRIORITIES = ['standard', 'high'] as const;

export const PORT_TYPES = ['airport', 'railport', 'roadport', 'seaport'] as const;

export const CARBON_TRANSPORTATION_MODES = ['air', 'ocean', 'truck', 'rail'] as const;

export const FLIGHT_TYPES = ['freighter', 'belly_freighter', 'unknown'] as const;

export const TRUCKING_SERVICE_TYPES = [
	'ftl',
	'ltl',
	'drayage',
	'cartage',
	'last_mile',
	'airport_transfer',
	'air_cartage',
] as const;

export const WEIGHT_UNITS = ['kg', 'lbs'] as const;

export const LENGTH_UNITS = ['cm', 'in'] as const;

// Finance
export const INVOICE_STATUSES = ['outstanding', 'past_due', 'void', 'paid'] as const;

export const INVOICE_SORT = ['due_date'] as const;

export const QUANTITY_UNITS = ['pcs', 'dpc', 'doz', 'hun', 'ths', 'prs', 'dpr'] as const;

// Booking container counts (Flexport's ContainerCounts) and their labels
export const CONTAINER_SIZES = [
	{ key: 'twenty_ft', label: '20ft' },
	{ key: 'forty_ft', label: '40ft' },
	{ key: 'forty_ft_hc', label: '40ft High Cube' },
	{ key: 'forty_five_ft_hc', label: '45ft High Cube' },
] as const;

// Network: the fields of Flexport's AddressForRequestBody
export const ADDRESS_FIELDS = [
	'street_address',
	'street_address2',
	'city',
	'state',
	'country_code',
	'zip',
	'unlocode',
] as const;
