'use strict';

// Loads Flexport's OpenAPI v2 description once, turns its paths into a route
// table and validates incoming requests (path params, query params, JSON body)
// against it. Operations Flexport documents outside the 2020 file, and the few
// places where the file contradicts itself, live in spec-overrides.js.

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { createSchemaValidator, checkFormat } = require('./schema-validator');
const {
	applySpecOverrides,
	EXTENSION_OPERATIONS,
	GLOBAL_QUERY_PARAMS,
} = require('./spec-overrides');
const { prepareVersions } = require('./spec-versions');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const DEFAULT_SPEC_PATH = path.resolve(__dirname, '..', '..', 'spec', 'flexport-api-v2.yaml');

// A query name such as `f.metadata.YOUR_METADATA_KEY` or
// `f.product_properties.TYPE` stands for a family of names.
const PLACEHOLDER_SEGMENT = /^[A-Z][A-Z_]*$/;
// Range filters on dates (`f.created_at.gte`, `f.cargo_ready_date`) are
// declared as plain strings; we still insist on something that parses as a date.
const DATE_FILTER_NAME = /^f\..*(_at|_date)(\.(gt|gte|lt|lte))?$/;

const specCache = new Map();

/** Parses (once per file) and prepares the spec. */
function loadSpec(specPath = process.env.FLEXPORT_OPENAPI_PATH || DEFAULT_SPEC_PATH) {
	if (specCache.has(specPath)) return specCache.get(specPath);
	if (!fs.existsSync(specPath)) {
		throw new Error(
			`Flexport OpenAPI file not found at ${specPath} (set FLEXPORT_OPENAPI_PATH or pass specPath)`,
		);
	}
	const doc = YAML.parse(fs.readFileSync(specPath, 'utf8'));
	applySpecOverrides(doc);
	const versionedOperations = prepareVersions(doc);
	const validator = createSchemaValidator(doc.components.schemas);
	const operations = [];
	for (const [template, pathItem] of Object.entries(doc.paths)) {
		for (const method of METHODS) {
			if (pathItem[method])
				operations.push(buildOperation(template, method, pathItem[method], validator));
		}
	}
	for (const extension of EXTENSION_OPERATIONS) {
		operations.push(
			buildOperation(extension.template, extension.method, extension.operation, validator, true),
		);
	}
	const spec = {
		doc,
		operations,
		validator,
		specOperationCount: operations.filter((op) => !op.extension).length,
		versionedOperations: versionedOperations(validator, buildOperation),
	};
	specCache.set(specPath, spec);
	return spec;
}

/** `/shipments/:id` and `/documents/{id}` both become [lit shipments, param id]. */
function parseTemplate(template) {
	return template
		.split('/')
		.slice(1)
		.map((segment) => {
			const colon = /^:(\w+)$/.exec(segment);
			const brace = /^\{(\w+)\}$/.exec(segment);
			if (colon || brace) return { param: (colon || brace)[1] };
			return { literal: segment };
		});
}

/** The fields matchRoute() reads: method, template, segments, literalCount. */
function routeEntry(template, method) {
	const segments = parseTemplate(template);
	return {
		method: method.toUpperCase(),
		template,
		segments,
		literalCount: segments.filter((segment) => segment.literal !== undefined).length,
	};
}

function buildOperation(template, method, operation, validator, extension = false) {
	const pathParams = {};
	const queryParams = new Map();
	const queryFamilies = [];
	for (const parameter of operation.parameters || []) {
		const schema = validator.deref(parameter.schema || {});
		if (parameter.in === 'path') pathParams[parameter.name] = schema;
		if (parameter.in !== 'query') continue;
		const parts = parameter.name.split('.');
		if (PLACEHOLDER_SEGMENT.test(parts[parts.length - 1])) {
			queryFamilies.push({
				prefix: `${parts.slice(0, -1).join('.')}.`,
				declaredAs: parameter.name,
				schema,
			});
		} else {
			queryParams.set(parameter.name, { schema, required: Boolean(parameter.required) });
		}
	}
	const jsonBody =
		operation.requestBody &&
		operation.requestBody.content &&
		operation.requestBody.content['application/json'];
	return {
		...routeEntry(template, method),
		operationId: operation.operationId,
		pathParams,
		queryParams,
		queryFamilies,
		isList: isPaginatedList(operation),
		requestBody: jsonBody
			? { schema: jsonBody.schema, required: Boolean(operation.requestBody.required) }
			: null,
		extension,
	};
}

function isPaginatedList(operation) {
	const okResponse = operation.responses && operation.responses['200'];
	const schema =
		okResponse &&
		okResponse.content &&
		okResponse.content['application/json'] &&
		okResponse.content['application/json'].schema;
	const data = schema && schema.properties && schema.properties.data;
	return Boolean(
		data && data.properties && data.properties.data && data.properties.data.type === 'array',
	);
}

/**
 * Finds the operation for a request.
 * Returns { status: 'ok', operation, pathParams } | { status: 'not_found' } |
 * { status: 'method_not_allowed', allowed: ['GET', ...] }.
 */
function matchRoute(spec, method, pathname) {
	const requestSegments = pathname.split('/').slice(1);
	const candidates = [];
	for (const operation of spec.operations) {
		const params = matchSegments(operation.segments, requestSegments);
		if (params) candidates.push({ operation, params });
	}
	if (candidates.length === 0) return { status: 'not_found' };
	// A literal segment beats a parameter (e.g. /network/me/companies).
	const best = Math.max(...candidates.map((candidate) => candidate.operation.literalCount));
	const sameTemplate = candidates.filter((candidate) => candidate.operation.literalCount === best);
	const hit = sameTemplate.find((candidate) => candidate.operation.method === method);
	if (!hit) {
		return {
			status: 'method_not_allowed',
			allowed: [...new Set(sameTemplate.map((c) => c.operation.method))],
		};
	}
	return { status: 'ok', operation: hit.operation, pathParams: hit.params };
}

function matchSegments(templateSegments, requestSegments) {
	if (templateSegments.length !== requestSegments.length) return null;
	const params = {};
	for (let i = 0; i < templateSegments.length; i += 1) {
		const expected = templateSegments[i];
		const actual = requestSegments[i];
		if (expected.literal !== undefined) {
			if (expected.literal !== actual) return null;
		} else {
			if (actual === '') return null;
			try {
				params[expected.param] = decodeURIComponent(actual);
			} catch {
				return null;
			}
		}
	}
	return params;
}

/**
 * Validates everything about a request that the spec describes.
 * `request` = { pathParams, searchParams (URLSearchParams), hasBody, contentType, body, bodyParseError }.
 * Returns an array of readable problems (empty when the request is valid).
 */
function validateRequest(spec, operation, request) {
	return [
		...validatePathParams(operation, request.pathParams),
		...validateQuery(operation, request.searchParams),
		...validateBody(spec, operation, request),
	];
}

function validatePathParams(operation, pathParams) {
	const errors = [];
	for (const [name, value] of Object.entries(pathParams)) {
		const schema = operation.pathParams[name];
		if (schema && schema.type === 'integer' && !/^\d+$/.test(value)) {
			errors.push(`path parameter ${name}: must be an integer id; got ${JSON.stringify(value)}`);
		}
	}
	return errors;
}

function validateQuery(operation, searchParams) {
	const errors = [];
	const seen = new Set();
	for (const [name, value] of searchParams) {
		if (seen.has(name)) {
			errors.push(`query parameter ${name}: given more than once`);
			continue;
		}
		seen.add(name);
		const problem = checkQueryParam(operation, name, value);
		if (problem) errors.push(`query parameter ${name}: ${problem}`);
	}
	for (const [name, declared] of operation.queryParams) {
		if (declared.required && !seen.has(name)) errors.push(`query parameter ${name}: is required`);
	}
	return errors;
}

function checkQueryParam(operation, name, value) {
	if (operation.isList && (name === 'page' || name === 'per')) {
		if (!/^\d+$/.test(value)) return `must be a positive integer; got ${JSON.stringify(value)}`;
		const number = Number(value);
		if (name === 'page' && number < 1) return 'must be >= 1';
		if (name === 'per' && (number < 1 || number > 100))
			return `must be between 1 and 100; got ${number}`;
		return null;
	}
	const declared = operation.queryParams.get(name);
	if (declared) return checkQueryValue(declared.schema, name, value);
	const family = operation.queryFamilies.find(
		(candidate) => name.startsWith(candidate.prefix) && name.length > candidate.prefix.length,
	);
	if (family) return checkQueryValue(family.schema, name, value);
	if (GLOBAL_QUERY_PARAMS[name]) return checkQueryValue(GLOBAL_QUERY_PARAMS[name], name, value);
	const allowed = [
		...operation.queryParams.keys(),
		...operation.queryFamilies.map((f) => f.declaredAs),
	];
	if (operation.isList) allowed.unshift('page', 'per');
	return (
		`unknown query parameter for ${operation.method} ${operation.template}` +
		` (allowed: ${allowed.length ? allowed.join(', ') : 'none'})`
	);
}

function checkQueryValue(schema, name, value) {
	// `f.statuses.any` takes a comma-separated list of enum values.
	if (name.endsWith('.any')) {
		for (const item of value.split(',')) {
			const problem = checkScalar(schema, name, item.trim());
			if (problem) return problem;
		}
		return null;
	}
	return checkScalar(schema, name, value);
}

function checkScalar(schema, name, value) {
	switch (schema.type) {
		case 'integer':
			if (!/^-?\d+$/.test(value)) return `must be an integer; got ${JSON.stringify(value)}`;
			return checkRange(schema, Number(value));
		case 'number':
			if (value.trim() === '' || !Number.isFinite(Number(value)))
				return `must be a number; got ${JSON.stringify(value)}`;
			return checkRange(schema, Number(value));
		case 'boolean':
			return value === 'true' || value === 'false'
				? null
				: `must be true or false; got ${JSON.stringify(value)}`;
		default:
			break;
	}
	if (schema.enum && !schema.enum.includes(value)) {
		return `must be one of ${schema.enum.join(', ')}; got ${JSON.stringify(value)}`;
	}
	if (schema.format) return checkFormat(schema.format, value);
	if (DATE_FILTER_NAME.test(name) && checkFormat('date-time', value)) {
		return `must be a date or date-time (e.g. 2020-01-31 or 2020-01-31T12:00:00Z); got ${JSON.stringify(value)}`;
	}
	return null;
}

function checkRange(schema, number) {
	if (schema.minimum !== undefined && number < schema.minimum)
		return `must be >= ${schema.minimum}`;
	if (schema.maximum !== undefined && number > schema.maximum)
		return `must be <= ${schema.maximum}`;
	return null;
}

function validateBody(spec, operation, request) {
	const { hasBody, contentType, body, bodyParseError } = request;
	if (!operation.requestBody) {
		return hasBody ? [`body: ${operation.method} ${operation.template} takes no request body`] : [];
	}
	if (!hasBody)
		return operation.requestBody.required ? ['body: a JSON request body is required'] : [];
	if (!/^application\/json\s*(;|$)/i.test(contentType || '')) {
		return [
			`header content-type: must be application/json when a body is sent; got ${JSON.stringify(contentType || '')}`,
		];
	}
	if (bodyParseError) return [`body: is not valid JSON (${bodyParseError})`];
	return spec.validator.validate(operation.requestBody.schema, body, 'body');
}

module.exports = { loadSpec, matchRoute, routeEntry, validateRequest, DEFAULT_SPEC_PATH };
