import { SHIPMENT_SORT, SHIPMENT_STATUSES, TRANSPORTATION_MODES } from '../../descriptions/enums';
import {
	dateRangeFilters,
	type FilterSpec,
	statusFilter,
} from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'transportationMode',
		displayName: 'Transportation Mode',
		query: 'f.transportation_mode',
		kind: 'options',
		options: TRANSPORTATION_MODES,
	},
	statusFilter(SHIPMENT_STATUSES),
	{
		name: 'statusesAny',
		displayName: 'Status Is Any Of',
		query: 'f.statuses.any',
		kind: 'multiOptions',
		options: SHIPMENT_STATUSES,
		description: 'Cannot be combined with Status',
	},
	{
		name: 'containerNumber',
		displayName: 'Container Number',
		query: 'f.container_number',
		kind: 'string',
	},
	{
		name: 'purchaseOrder',
		displayName: 'Purchase Order Name',
		query: 'f.purchase_order',
		kind: 'string',
	},
	{ name: 'sku', displayName: 'SKU', query: 'f.sku', kind: 'string' },
	...dateRangeFilters({ name: 'updated', label: 'Updated', query: 'f.updated_at' }, ['gt', 'lt']),
	{
		name: 'masterBillNumber',
		displayName: 'Master Bill Number',
		query: 'f.master_bill_number',
		kind: 'string',
	},
	{
		name: 'houseBillNumber',
		displayName: 'House Bill Number',
		query: 'f.house_bill_number',
		kind: 'string',
	},
	{
		name: 'consigneeExternalRef',
		displayName: 'Consignee External Ref',
		query: 'f.consignee_external_ref',
		kind: 'string',
	},
	{
		name: 'wantsFreightManagementBco',
		displayName: 'Wants Freight Management BCO',
		query: 'f.wants_freight_management_bco',
		kind: 'boolean',
	},
	{
		name: 'wantsFlexportFreight',
		displayName: 'Wants Flexport Freight',
		query: 'f.wants_flexport_freight',
		kind: 'boolean',
	},
	{
		name: 'wantsImportCustomsService',
		displayName: 'Wants Import Customs Service',
		query: 'f.wants_import_customs_service',
		kind: 'boolean',
	},
	{
		name: 'wantsExportCustomsService',
		displayName: 'Wants Export Customs Service',
		query: 'f.wants_export_customs_service',
		kind: 'boolean',
	},
];

export const { description, execute } = listOperation('shipment', FLEXPORT_OBJECTS.shipment, {
	filters,
	metadata: true,
	sortValues: SHIPMENT_SORT,
});
