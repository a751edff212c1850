/** Enumerations for the freight resources, from Flexport's OpenAPI description (v2). */
export const BOOKING_SORT = ['cargo_ready_date', 'created_at'] as const;

export const BOOKING_STATUSES = ['booked', 'submitted'] as const;

export const BOOKING_MODES = ['ocean', 'air', 'trucking'] as const;

export const INCOTERMS = ['EXW', 'FOB', 'FAS', 'FCA', 'CPT', 'CFR', 'CIF', 'CIP', 'DAT', 'DAP', 'DDP', 'DPU'] as const;

export const TRUCKING_PAYMENT_TERMS = ['collect', 'prepaid'] as const;

export const PURCHASE_ORDER_SORT = ['id'] as const;

export const PURCHASE_ORDER_STATUSES = ['open', 'closed', 'cancelled'] as const;

export const PURCHASE_ORDER_ROLES = ['buyer', 'seller'] as const;

export const PORT_TYPES = ['airport', 'railport', 'roadport', 'seaport'] as const;

export const CARBON_TRANSPORTATION_MODES = ['air', 'ocean', 'truck', 'rail'] as const;

export const FLIGHT_TYPES = ['freighter', 'belly_freighter', 'unknown'] as const;

export const TRUCKING_SERVICE_TYPES = ['ftl', 'ltl', 'drayage', 'cartage', 'last_mile', 'airport_transfer', 'air_cartage'] as const;

export const WEIGHT_UNITS = ['kg', 'lbs'] as const;

export const LENGTH_UNITS = ['cm', 'in'] as const;
