/** Enumerations from Flexport's OpenAPI description (test/nodes/Flexport/descriptions checks them against the spec). */
export const TRANSPORTATION_MODES = [
	'ocean',
	'air',
	'truck',
	'rail',
	'unknown_transportation',
	'ocean_air',
	'truck_intl',
	'warehouse_storage',
] as const;

export const SHIPMENT_STATUSES = [
	'seller_location',
	'in_transit_to_departure_port',
	'departure_port',
	'in_transit_to_arrival_port',
	'arrival_port',
	'in_transit_to_final_destination',
	'final_destination',
] as const;

export const SHIPMENT_SORT = ['id', 'transportation_mode', 'status', 'updated_at'] as const;
