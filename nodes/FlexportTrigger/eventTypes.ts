/**
 * Flexport webhook event types (docs/reference/flexport-api.md §9.5) and the two parameters both freight
 * triggers choose them with. The filter itself is shared with the Logistics triggers
 * (nodes/shared/triggers/eventTypeFilter.ts).
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { objectTypeLabel } from '../Flexport/objects';
import { ANY_EVENT } from '../shared/triggers/eventTypeFilter';

export {
	ANY_EVENT,
	buildEventTypeFilter,
	parseOtherEventTypes,
	type EventTypeFilter,
	type EventTypeSelection,
} from '../shared/triggers/eventTypeFilter';

const SHIPMENT_EXCEPTIONS = [
	'cargo_breakdown_delay',
	'cargo_bumped_from_booked_flight',
	'cargo_contamination_delay',
	'cargo_not_available',
	'cargo_ready_date_changed_exception',
	'cargo_rolled_from_booked_vessel',
	'missing_cargo',
	'dry_run_pickup',
	'dry_run_delivery_attempt_not_completed',
	'equipment_unavailable',
	'missed_appointment',
	'no_appointments_available',
	'no_attempt_made',
	'pending_delivery_appointment_confirmation',
	'flight_delay_mechanical',
	'flight_delay_schedule_updated_by_carrier',
	'late_bill_of_lading_release',
	'pending_customs_clearance_from_nominated_broker',
	'supplier_late_documents',
	'ocean_port_dwell_delay',
	'port_strike_delay',
	'shipment_rerouted_by_carrier',
	'shipment_rerouted_per_client_request',
	'supplier_late_gate_in',
	'transload_delay',
	'transshipment_delay',
	'warehouse_devan_delay',
	'weather_delay',
	'rail_car_equipment_breakdown',
	'rail_interchange_delay',
	'rail_transfer_delay',
	'trucker_rejected',
	'truckers_hours_expired',
	'trucking_delay_chassis_problem',
	'trucking_delay_mechanical_problem',
	'trucking_delay_port_congestion',
	'trucking_delay_other',
	'trucking_delay_strike',
	'trucking_delay_traffic',
	'vessel_delay_mechanical',
	'vessel_delay_port_congestion',
	'vessel_delay_schedule_updated_by_carrier',
].map((name) => `/shipment#${name}`);

const CUSTOMS_RELEASE_STATUSES = [
	'released',
	'document_required',
	'entry_docs_required',
	'pending_intensive_exam',
	'release_suspended',
	'under_cbp_review',
].map((status) => `/shipment#customs_entry_release_status_${status}`);

/** Every type string listed in Flexport's 2020 milestone pages. Newer types may exist. */
export const KNOWN_EVENT_TYPES: readonly string[] = [
	// Estimated transit
	'/shipment#schedule_confirmed',
	'/shipment#updated_route',
	'/shipment_leg#updated_estimated_time_of_departure',
	'/shipment_leg#updated_estimated_time_of_arrival',
	'/shipment_leg#updated_estimated_out_for_delivery',
	'/shipment_container_leg#updated_estimated_available_for_pickup',
	// Actual transit
	'/shipment_leg#arrived',
	'/shipment_leg#departed',
	'/shipment_leg#out_for_delivery',
	'/shipment_leg#delivery_completed',
	'/shipment_leg#delivered',
	'/ocean/shipment_container_leg#loaded_on_board',
	'/ocean/shipment_leg#loaded_on_truck',
	'/ocean/shipment_container_leg#unloaded_off_board',
	'/shipment#delivered_in_full',
	// Administrative, customs and container
	'/shipment#created',
	'/shipment#booking_confirmed',
	'/shipment#cargo_ready_date_changed',
	'/shipment#updated_cargo_ready_date',
	'/shipment#documents_sent_to_nominated_broker',
	'/shipments#commercial_invoices_digitized',
	'/shipment#customs_agriculture_hold',
	'/shipment#customs_undergoing_x_ray_exam',
	'/shipment#export_country_customs_exam',
	'/shipment#export_country_magnetism_exam',
	...CUSTOMS_RELEASE_STATUSES,
	'/shipment#filing_submitted_for_in_bond_transportation',
	'/shipment#ftz_admission',
	'/shipment#returned_to_shipper',
	'/ocean/shipment_container_leg#available_for_pickup',
	'/shipment_leg#delivery_appointment_requested',
	'/shipment_leg#delivery_appointment_scheduled',
	'/shipment_container_leg#delivery_appointment_scheduled',
	'/ocean/shipment_container#free_time_to_expire',
	'/ocean/shipment_container#free_time_expired',
	'/ocean/shipment_container#empty_returned',
	// Exceptions
	...SHIPMENT_EXCEPTIONS,
	// Invoice
	'/invoice#invoice_payment_made',
	'/invoice#invoice_due_date_adjusted',
	'/invoice#invoice_shared',
	'/invoice#invoice_voided',
	'/invoice#invoice_credit_applied',
	'/invoice#invoice_refund_applied',
	'/invoice#invoice_payment_failed',
];

function words(text: string): string {
	return text
		.split('_')
		.filter((part) => part !== '')
		.map((part) =>
			['cbp', 'ftz'].includes(part) ? part.toUpperCase() : part[0].toUpperCase() + part.slice(1),
		)
		.join(' ');
}

/** "/shipment_leg#departed" → "Shipment Leg: Departed". */
export function eventTypeLabel(type: string): string {
	const [object, action = ''] = type.split('#');
	let label = words(action.replace(/^invoice_/, ''));
	if (action === 'cargo_ready_date_changed_exception')
		label = 'Cargo Ready Date Changed (Exception)';
	if (object === '/shipments') label = `${label} (Plural Prefix)`;
	return `${objectTypeLabel(object) ?? object}: ${label}`;
}

export const EVENT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Any Event',
		value: ANY_EVENT,
		description: 'Every event, including types Flexport adds later',
	},
	...KNOWN_EVENT_TYPES.map((type) => ({
		name: eventTypeLabel(type),
		value: type,
		description: type,
	})).sort((a, b) => a.name.localeCompare(b.name)),
];

/** The two parameters both triggers use to choose event types. */
export const eventTypeProperties: INodeProperties[] = [
	{
		displayName: 'Event Types',
		name: 'events',
		type: 'multiOptions',
		options: EVENT_TYPE_OPTIONS,
		default: [ANY_EVENT],
		description:
			'Which Flexport events start the workflow. Some types are only sent after you ask Flexport for them. Events of other types are acknowledged and ignored.',
	},
	{
		displayName: 'Other Event Types',
		name: 'otherEventTypes',
		type: 'string',
		default: '',
		placeholder: '/purchase_order#updated, /document#created',
		description:
			'Comma-separated type strings not in the list above, for newer events. Leave empty if the list covers what you need.',
	},
];
