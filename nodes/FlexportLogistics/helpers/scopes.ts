/**
 * The token scopes of the Logistics API (spec components.securitySchemes.BEARER x-scopes), by
 * resource. Named in the 403 hint so users know which scope to add to their token.
 */
export const SCOPES = {
	orders: { read: 'read_logistics_orders', write: 'write_logistics_orders' },
	products: { read: 'read_logistics_products', write: 'write_logistics_products' },
	bundles: { read: 'read_logistics_bundles', write: 'write_logistics_bundles' },
	reports: { read: 'read_logistics_reports', write: 'write_logistics_reports' },
	webhooks: { read: 'read_logistics_webhooks', write: 'write_logistics_webhooks' },
	parcels: { read: 'read_logistics_parcels', write: 'write_logistics_parcels' },
	returns: { read: 'read_logistics_returns', write: 'write_logistics_returns' },
	freight: { read: 'read_logistics_freight', write: 'write_logistics_freight' },
	inbounds: { read: 'read_logistics_inbounds', write: 'write_logistics_inbounds' },
	events: { read: 'read_logistics_events' },
} as const;
