'use strict';

// Everything in which the simulator knowingly departs from the 2020 OpenAPI
// file: fixes for its self-contradictions, and operations Flexport documents
// elsewhere (docs/reference/flexport-api.md §5.4). Kept in one place so the list is easy to
// review.

/** Mutates the parsed OpenAPI document in place. */
function applySpecOverrides(doc) {
	const schemas = doc.components.schemas;

	// CreateBooking.required lists `wanted_export_customs_service`, a misspelling
	// of the optional `wants_export_customs_service` property.
	schemas.CreateBooking.required = schemas.CreateBooking.required.filter(
		(name) => name !== 'wanted_export_customs_service',
	);

	// Flexport's own POST /bookings example sends wants_import_customs_service,
	// and the Booking response carries it, but CreateBooking does not list it.
	schemas.CreateBooking.properties.wants_import_customs_service = { type: 'boolean' };

	// The same example sends `notify_party: null`.
	schemas.CreateBooking.properties.notify_party.nullable = true;

	// Coordinates are typed as strings, but Flexport's own POST
	// /carbon_calculation example sends numbers; accept both.
	for (const axis of ['latitude', 'longitude']) {
		schemas.Coordinates.properties[axis] = { oneOf: [{ type: 'string' }, { type: 'number' }] };
	}

	// GET /shipment_legs declares f.transportation_mode as an integer; it is the
	// same mode filter as on /shipments.
	const legIndex = doc.paths['/shipment_legs'].get;
	for (const parameter of legIndex.parameters) {
		if (parameter.name === 'f.transportation_mode') {
			parameter.schema = { $ref: '#/components/schemas/TransportationMode' };
		}
	}

	schemas.SimDocumentUpload = DOCUMENT_UPLOAD_SCHEMA;
}

// POST /documents as described by Flexport's documents tutorial (v3).
const DOCUMENT_UPLOAD_SCHEMA = {
	type: 'object',
	required: ['file_name', 'mime_type', 'document_type', 'document', 'shipment_id'],
	properties: {
		file_name: { type: 'string', minLength: 1 },
		mime_type: { type: 'string', pattern: '^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+$' },
		document_type: { type: 'string', minLength: 1 },
		memo: { type: 'string', nullable: true },
		document: { type: 'string', minLength: 1, format: 'base64' },
		shipment_id: { type: 'integer' },
	},
};

const ID_PATH_PARAM = { in: 'path', name: 'id', required: true, schema: { type: 'string' } };

function jsonBody(ref) {
	return {
		required: true,
		content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
	};
}

const EXTENSION_OPERATIONS = [
	{
		template: '/documents',
		method: 'post',
		operation: { operationId: 'documents_create', requestBody: jsonBody('SimDocumentUpload') },
	},
	{
		// The 2020 file has PATCH /commercial_invoices without an id; the id in the
		// path is the likely intent (docs/reference/flexport-api.md §5.2).
		template: '/commercial_invoices/:id',
		method: 'patch',
		operation: {
			operationId: 'commercial_invoices_update_by_id',
			parameters: [ID_PATH_PARAM],
			requestBody: jsonBody('UpdateCommercialInvoice'),
		},
	},
];

// Query parameters Flexport documents for every endpoint (docs/reference/flexport-api.md §4).
const GLOBAL_QUERY_PARAMS = {
	use_name_value_metadata_format: { type: 'boolean' },
};

module.exports = { applySpecOverrides, EXTENSION_OPERATIONS, GLOBAL_QUERY_PARAMS };
