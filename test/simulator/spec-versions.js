'use strict';

// What Flexport documents beyond the 2020 file for API version 3 and the dated versions
// (spec/flexport-api-versions.md, spec/flexport-api-v3-additions.yaml):
// - the additions file's operations, validated against its own schemas (prefixed V3_ here);
// - query parameters and enum values that the current v2 pages and v3 share (§2, "v2+v3"),
//   added to the 2020 operations;
// - v3-only variants of 2020 lists (purchase-order roles and entity refs, container reference
//   codes, event types).
// A versioned operation names the Flexport-Version values that select it; api.js routes a
// request to it only under such a header, so e.g. POST /tracking under version 2 is a 404.

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { isValidCalendarDate } = require('./schema-validator');

const ADDITIONS_PATH = path.resolve(
	__dirname,
	'..',
	'..',
	'spec',
	'flexport-api-v3-additions.yaml',
);
const PREFIX = 'V3_';
const FIRST_DATED_VERSION = '2023-07-01';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const isDateVersion = (header) =>
	typeof header === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(header) && isValidCalendarDate(header);

/** Which headers select an operation documented for `documented` ("3", "2023-07-01 …", "2 or 3"). */
function selectorFor(documented) {
	const text = String(documented);
	if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
		const from = text.slice(0, 10);
		return (header) => isDateVersion(header) && header >= from;
	}
	if (text.startsWith('2 or')) return null; // not version-gated; spec-overrides.js serves it
	// A date version resolves an endpoint as of that date; v3 endpoints existed by the first one.
	return (header) => header === '3' || (isDateVersion(header) && header >= FIRST_DATED_VERSION);
}
const V3 = selectorFor('3');

/** Rewrites the additions file's references to its prefixed schemas and inlines its parameters. */
function rewrite(value, parameters) {
	if (Array.isArray(value)) return value.map((entry) => rewrite(entry, parameters));
	if (!value || typeof value !== 'object') return value;
	if (typeof value.$ref === 'string' && value.$ref.startsWith('#/components/parameters/'))
		return rewrite(parameters[value.$ref.split('/').pop()], parameters);
	const result = {};
	for (const [key, child] of Object.entries(value)) {
		result[key] =
			key === '$ref' && typeof child === 'string'
				? child.replace('#/components/schemas/', `#/components/schemas/${PREFIX}`)
				: rewrite(child, parameters);
	}
	return result;
}

const query = (name, schema, description) => ({ in: 'query', name, schema, description });
// The lists spec/flexport-api-versions.md gives, read from it rather than spelled again here.
const VERSIONS_PATH = path.resolve(__dirname, '..', '..', 'spec', 'flexport-api-versions.md');
function documentedList(pattern) {
	const match = pattern.exec(fs.readFileSync(VERSIONS_PATH, 'utf8'));
	if (!match) throw new Error(`spec-versions: ${pattern} not found in flexport-api-versions.md`);
	return match[1].split(',').map((value) => value.trim());
}
/** §2.8: the roles of the v3 `f.roles` filter. */
const ROLES = documentedList(/comma-separated; items: ([a-z_, ]+) \(example/);
/** §2.1: the 13 shipment statuses of the current v2 and v3 pages. */
const SHIPMENT_STATUSES_CURRENT = documentedList(/\*\*13-value\*\* enum: ([a-z_, ]+)\./);

/** §2 "v2+v3": parameters the current v2 and the v3 pages both document on 2020 operations. */
const SHARED_PARAMETERS = {
	'/shipment_legs get': [query('f.include_deleted', { type: 'boolean' })],
	'/shipment_legs/:id get': [query('f.include_deleted', { type: 'boolean' })],
	'/bookings get': [query('f.name', { type: 'string' })],
	'/booking_line_items get': [
		query('f.booking.id', { type: 'integer' }),
		query('f.purchase_order_line_item.id', { type: 'integer' }),
	],
	'/purchase_orders get': [
		'f.updated_at.lt',
		'f.updated_at.gt',
		'f.created_at.lt',
		'f.created_at.gt',
	].map((name) => query(name, { type: 'string' })),
	'/purchase_order_line_items get': [query('f.purchase_order_version.id', { type: 'integer' })],
	'/commercial_invoices get': [
		'f.updated_at.gt',
		'f.updated_at.lt',
		'f.created_at.gt',
		'f.created_at.gte',
		'f.created_at.lt',
		'f.created_at.lte',
	].map((name) => query(name, { type: 'string' })),
};

/** §2 "v3-only": the v3 variant of a 2020 list, as parameters dropped and added. */
const V3_VARIANTS = [
	{
		key: '/purchase_orders get',
		drop: ['f.role'],
		add: [
			query('f.roles', { type: 'string' }, `Comma-separated: ${ROLES.join(', ')}`),
			query('f.seller_entity_ref', { type: 'string' }),
			query('f.buyer_entity_ref', { type: 'string' }),
		],
	},
	{ key: '/ocean/shipment_containers get', add: [query('f.reference_code', { type: 'string' })] },
	{ key: '/events get', add: [query('f.type', { type: 'string' })] },
];

function operationAt(doc, key) {
	const [template, method] = key.split(' ');
	const operation = doc.paths[template] && doc.paths[template][method];
	if (!operation) throw new Error(`spec-versions: no ${key} in the 2020 file`);
	return { template, method, operation };
}

/** Enum values the current v2 and v3 pages add (§2.1: barge, the 13 shipment statuses, archived_at). */
function widenEnums(doc) {
	const schemas = doc.components.schemas;
	if (!schemas.TransportationMode.enum.includes('barge'))
		schemas.TransportationMode.enum.splice(2, 0, 'barge');
	schemas.ShipmentStatus.enum = [...SHIPMENT_STATUSES_CURRENT];
	const sort = doc.paths['/shipments'].get.parameters.find(
		(parameter) => parameter.name === 'sort',
	);
	if (!sort.schema.enum.includes('archived_at')) sort.schema.enum.push('archived_at');
}

/**
 * Prepares `doc` (the parsed 2020 file) for the versioned operations: merges the additions file's
 * schemas and the shared parameters. Returns a function that builds the versioned operations once
 * the validator exists, with openapi.js's own operation builder.
 */
function prepareVersions(doc, additionsPath = ADDITIONS_PATH) {
	const additions = YAML.parse(fs.readFileSync(additionsPath, 'utf8'));
	const parameters = additions.components.parameters || {};
	for (const [name, schema] of Object.entries(additions.components.schemas))
		doc.components.schemas[`${PREFIX}${name}`] = rewrite(schema, parameters);
	widenEnums(doc);
	for (const [key, added] of Object.entries(SHARED_PARAMETERS)) {
		const { operation } = operationAt(doc, key);
		operation.parameters = [...(operation.parameters || []), ...added];
	}
	const definitions = [];
	for (const [template, pathItem] of Object.entries(additions.paths)) {
		for (const method of METHODS) {
			const operation = pathItem[method];
			if (!operation) continue;
			definitions.push({
				template,
				method,
				operation: rewrite(operation, parameters),
				documentedVersion: String(operation['x-flexport-version']),
				selects: selectorFor(operation['x-flexport-version']),
			});
		}
	}
	for (const variant of V3_VARIANTS) {
		const { template, method, operation } = operationAt(doc, variant.key);
		definitions.push({
			template,
			method,
			operation: {
				...operation,
				parameters: [
					...operation.parameters.filter(
						(parameter) => !(variant.drop || []).includes(parameter.name),
					),
					...variant.add,
				],
			},
			documentedVersion: '3',
			selects: V3,
		});
	}
	return (validator, buildOperation) =>
		definitions
			.filter((definition) => definition.selects !== null)
			.map((definition) => ({
				...buildOperation(
					definition.template,
					definition.method,
					definition.operation,
					validator,
					true,
				),
				documentedVersion: definition.documentedVersion,
				selects: definition.selects,
			}));
}

function matchTemplate(segments, pathname) {
	const parts = pathname.split('/').slice(1);
	if (parts.length !== segments.length) return null;
	const params = {};
	for (let index = 0; index < segments.length; index += 1) {
		const segment = segments[index];
		if (segment.literal !== undefined) {
			if (segment.literal !== parts[index]) return null;
		} else {
			if (parts[index] === '') return null;
			try {
				params[segment.param] = decodeURIComponent(parts[index]);
			} catch {
				return null;
			}
		}
	}
	return params;
}

/**
 * The route for a request under its Flexport-Version header: a versioned operation the header
 * selects wins over the 2020 route (`route`, from openapi.js matchRoute); otherwise the 2020
 * route stands.
 */
function routeForVersion(spec, route, method, pathname, header) {
	for (const operation of spec.versionedOperations || []) {
		if (operation.method !== method || !operation.selects(header)) continue;
		const pathParams = matchTemplate(operation.segments, pathname);
		if (pathParams) return { status: 'ok', operation, pathParams };
	}
	return route;
}

module.exports = {
	prepareVersions,
	routeForVersion,
	isDateVersion,
	ROLES,
	SHIPMENT_STATUSES_CURRENT,
	FIRST_DATED_VERSION,
};
