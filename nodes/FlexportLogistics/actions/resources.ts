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
export * as parcel from './parcel/Parcel.resource';
export * as return from './return/Return.resource';
export * as report from './report/Report.resource';
export * as account from './account/Account.resource';
export * as channel from './channel/Channel.resource';
export * as event from './event/Event.resource';
export * as upload from './upload/Upload.resource';
export * as webhook from './webhook/Webhook.resource';
