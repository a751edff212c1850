/**
 * The node's resources and operations as types (as in n8n's Airtable v2 and Microsoft Outlook v2).
 * Adding a resource: one line here, one line in actions/resources.ts, and its folder in actions/.
 */
import type { AllEntities, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../shared/operations';

type LogisticsNodeMap = {
	order: 'create' | 'get' | 'cancel' | 'retry';
	product: 'create' | 'get' | 'getAll';
	inventory: 'get' | 'getAll' | 'getByWarehouse';
	bundle: 'create' | 'get' | 'getInventory';
	inbound:
		| 'create'
		| 'get'
		| 'getAll'
		| 'update'
		| 'getDocument'
		| 'requestQuotes'
		| 'getQuotes'
		| 'buyQuotes'
		| 'getPurchasedQuotes';
	freight:
		| 'getAllOrders'
		| 'bookContainers'
		| 'bookPallets'
		| 'bookTruck'
		| 'getOrder'
		| 'cancelOrder'
		| 'getOrderDocuments'
		| 'getPorts'
		| 'getAllQuotes'
		| 'quoteContainers'
		| 'quotePallets'
		| 'quoteTruck'
		| 'getQuote'
		| 'getTracking';
	parcel:
		| 'create'
		| 'cancel'
		| 'createBulkJob'
		| 'getBulkJob'
		| 'getQuote'
		| 'get'
		| 'getTracking'
		| 'getTrackingUrl';
	return: 'create' | 'get' | 'getAll' | 'cancel';
	report: 'generate' | 'getStatus';
	account: 'getStatus';
	channel: 'create' | 'getProductSyncStatus' | 'startProductSync';
	event: 'getAll';
	upload: 'createTarget';
	webhook: 'create' | 'get' | 'getAll' | 'delete';
};

/** One `{ resource, operation }` pair the node offers. */
export type FlexportLogisticsType = AllEntities<LogisticsNodeMap>;

export type LogisticsResource = keyof LogisticsNodeMap;

export type { OperationModule };

/** A `<Resource>.resource.ts` module: its selector entry, Operation selector and operations. */
export type ResourceModule<R extends LogisticsResource> = {
	option: INodePropertyOptions;
	description: INodeProperties[];
} & { [O in LogisticsNodeMap[R]]: OperationModule };

/** Every resource with its module; `satisfies` checks each module offers its operations. */
export type LogisticsResources = { [R in LogisticsResource]: ResourceModule<R> };
