import {
	PURCHASE_ORDER_ROLES,
	PURCHASE_ORDER_ROLES_V3,
	PURCHASE_ORDER_SORT,
	PURCHASE_ORDER_STATUSES,
} from '../../descriptions/enums';
import {
	dateRangeFilters,
	type FilterSpec,
	SHIPMENT_ID_FILTER,
	statusFilter,
} from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'archived',
		displayName: 'Archived',
		query: 'f.archived_at.exists',
		kind: 'boolean',
		description:
			'Whether to return only archived (on) or only unarchived (off) purchase orders; sent as f.archived_at.exists',
	},
	statusFilter(PURCHASE_ORDER_STATUSES),
	{ name: 'buyerRef', displayName: 'Buyer Ref', query: 'f.buyer_ref', kind: 'string' },
	{ name: 'sellerRef', displayName: 'Seller Ref', query: 'f.seller_ref', kind: 'string' },
	{
		name: 'role',
		displayName: 'Your Role',
		query: 'f.role',
		kind: 'options',
		options: PURCHASE_ORDER_ROLES,
		description:
			'Only purchase orders on which your company is the buyer or the seller; sent as f.role (f.roles with API version 3)',
		v3Query: 'f.roles',
	},
	{
		name: 'roles',
		displayName: 'Your Roles (Any Of)',
		query: 'f.roles',
		kind: 'multiOptions',
		options: PURCHASE_ORDER_ROLES_V3,
		apiVersion: '3',
		description:
			'Only purchase orders on which your company has any of these roles; sent as f.roles with API version 3',
	},
	{
		name: 'sellerEntityRef',
		displayName: 'Seller Entity Ref',
		query: 'f.seller_entity_ref',
		kind: 'string',
		apiVersion: '3',
	},
	{
		name: 'buyerEntityRef',
		displayName: 'Buyer Entity Ref',
		query: 'f.buyer_entity_ref',
		kind: 'string',
		apiVersion: '3',
	},
	...dateRangeFilters({ name: 'updated', label: 'Updated', query: 'f.updated_at' }, ['gt', 'lt']),
	...dateRangeFilters({ name: 'created', label: 'Created', query: 'f.created_at' }, ['gt', 'lt']),
	SHIPMENT_ID_FILTER,
	{ name: 'name', displayName: 'Name', query: 'f.name', kind: 'string' },
];

export const { description, execute } = listOperation(
	'purchaseOrder',
	FLEXPORT_OBJECTS.purchaseOrder,
	{
		filters,
		sortValues: PURCHASE_ORDER_SORT,
	},
);
