/**
 * Every resource of the node, one line each (the typed map in ../node.type.ts checks them in
 * router.ts). Adding a resource: its folder `<resource>/` with `<Resource>.resource.ts` exporting
 * `option`, `description` and one module per operation, a line here and a line in node.type.ts.
 */
export * as order from './order/Order.resource';
export * as product from './product/Product.resource';
export * as inventory from './inventory/Inventory.resource';
export * as bundle from './bundle/Bundle.resource';
export * as inbound from './inbound/Inbound.resource';
export * as freight from './freight/Freight.resource';
