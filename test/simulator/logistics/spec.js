'use strict';

// Loads the vendored Logistics OpenAPI file (spec/flexport-logistics-api.yaml) once and turns
// it into a route table relative to /logistics/api/{version}, plus request validation: path
// and query parameters (coerced from text by their declared type, then checked with the
// shared schema validator), and JSON or form bodies. Routing reuses the freight simulator's
// matchRoute (test/simulator/openapi.js).

const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { createSchemaValidator } = require('../schema-validator');
const { routeEntry } = require('../openapi');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const PATH_PREFIX = '/logistics/api/unstable';
const DEFAULT_LOGISTICS_SPEC_PATH = path.resolve(
	__dirname,
	'..',
	'..',
	'..',
	'spec',
	'flexport-logistics-api.yaml',
);

const specCache = new Map();

function loadLogisticsSpec(specPath = DEFAULT_LOGISTICS_SPEC_PATH) {
	if (specCache.has(specPath)) return specCache.get(specPath);
	const doc = YAML.parse(fs.readFileSync(specPath, 'utf8'));
	const validator = createSchemaValidator(doc.components.schemas);
	const operations = [];
	for (const [fullTemplate, pathItem] of Object.entries(doc.paths)) {
		const template = fullTemplate.slice(PATH_PREFIX.length);
		for (const method of METHODS) {
			if (pathItem[method])
				operations.push(buildOperation(template, method, pathItem[method], doc));
		}
	}
	const bearer = doc.components.securitySchemes.BEARER;
	const spec = {
		doc,
		validator,
		operations,
		byId: new Map(operations.map((operation) => [operation.operationId, operation])),
		versions: doc.info['x-api-versions'].known,
		defaultVersion: doc.info['x-api-versions'].default_suggested,
		scopes: bearer['x-scopes'],
	};
	specCache.set(specPath, spec);
	return spec;
}

function resolveParameter(parameter, doc) {
	if (!parameter.$ref) return parameter;
	return doc.components.parameters[parameter.$ref.split('/').pop()];
}

function buildOperation(template, method, operation, doc) {
	const parameters = (operation.parameters || []).map((p) => resolveParameter(p, doc));
	const byLocation = (location) =>
		new Map(
			parameters
				.filter((p) => p.in === location)
				.map((p) => [p.name, { schema: p.schema || {}, required: Boolean(p.required) }]),
		);
	const success = Object.keys(operation.responses).find((code) => /^2\d\d$/.test(code));
	const successResponse = operation.responses[success] || {};
	const content = successResponse.content || {};
	const bodyContent = operation.requestBody ? operation.requestBody.content : null;
	const bodyType = bodyContent ? Object.keys(bodyContent)[0] : null;
	const security = operation.security || doc.security || [];
	return {
		...routeEntry(template, method),
		operationId: operation.operationId,
		tag: (operation.tags || [])[0],
		pathParams: byLocation('path'),
		queryParams: byLocation('query'),
		takesIdempotencyKey: byLocation('header').has('idempotency-key'),
		authSchemes: security.flatMap((entry) => Object.keys(entry)),
		requestBody: bodyType
			? {
					contentType: bodyType,
					schema: bodyContent[bodyType].schema,
					required: Boolean(operation.requestBody.required),
				}
			: null,
		successStatus: Number(success || 200),
		responseSchema: content['application/json'] ? content['application/json'].schema : null,
	};
}

/** The schema with a single-`$ref` allOf wrapper and `$ref`s resolved (for coercion only). */
function flatten(validator, schema) {
	const resolved = validator.deref(schema || {});
	if (resolved.allOf && resolved.allOf.length === 1)
		return { ...flatten(validator, resolved.allOf[0]), ...resolved, allOf: undefined };
	return resolved;
}

/** Turns a text parameter into the value its schema declares, or returns { problem }. */
function coerce(validator, schema, text) {
	const flat = flatten(validator, schema);
	if (flat.type === 'integer') {
		if (!/^-?\d+$/.test(text))
			return { problem: `must be an integer; got ${JSON.stringify(text)}` };
		return { value: Number(text) };
	}
	if (flat.type === 'number') {
		if (text.trim() === '' || !Number.isFinite(Number(text)))
			return { problem: `must be a number; got ${JSON.stringify(text)}` };
		if (flat.pattern && !new RegExp(flat.pattern).test(text))
			return { problem: `does not match the expected pattern ${flat.pattern}` };
		return { value: Number(text) };
	}
	if (flat.type === 'boolean') {
		if (text !== 'true' && text !== 'false')
			return { problem: `must be true or false; got ${JSON.stringify(text)}` };
		return { value: text === 'true' };
	}
	return { value: text };
}

/** Validates a number/string with the shared validator, minus a numeric pattern already checked. */
function checkValue(validator, schema, value, label) {
	const flat = flatten(validator, schema);
	const effective =
		typeof value === 'number' && flat.pattern ? { ...flat, pattern: undefined } : schema;
	return validator.validate(effective, value, label);
}

function validatePath(spec, operation, pathParams) {
	const problems = [];
	for (const [name, text] of Object.entries(pathParams)) {
		const declared = operation.pathParams.get(name);
		if (!declared) continue;
		const label = `path parameter ${name}`;
		const coerced = coerce(spec.validator, declared.schema, text);
		if (coerced.problem) problems.push(`${label}: ${coerced.problem}`);
		else problems.push(...checkValue(spec.validator, declared.schema, coerced.value, label));
	}
	return problems;
}

/** Query names with their values; `ids[]` counts as `ids` (clients write arrays both ways). */
function groupQuery(searchParams) {
	const grouped = new Map();
	for (const [rawName, value] of searchParams) {
		const name = rawName.endsWith('[]') ? rawName.slice(0, -2) : rawName;
		if (!grouped.has(name)) grouped.set(name, []);
		grouped.get(name).push(value);
	}
	return grouped;
}

/** Validates the query; returns { problems, query } with coerced values (arrays for array params). */
function validateQuery(spec, operation, searchParams) {
	const problems = [];
	const query = {};
	const grouped = groupQuery(searchParams);
	for (const [name, values] of grouped) {
		const declared = operation.queryParams.get(name);
		const label = `query parameter ${name}`;
		if (!declared) {
			const allowed = [...operation.queryParams.keys()];
			problems.push(
				`${label}: unknown query parameter for ${operation.method} ${operation.template} ` +
					`(allowed: ${allowed.length ? allowed.join(', ') : 'none'})`,
			);
			continue;
		}
		const flat = flatten(spec.validator, declared.schema);
		if (flat.type === 'array') {
			const items = [];
			values.forEach((text, index) => {
				const coerced = coerce(spec.validator, flat.items, text);
				if (coerced.problem) problems.push(`${label}[${index}]: ${coerced.problem}`);
				else items.push(coerced.value);
			});
			problems.push(...spec.validator.validate(declared.schema, items, label));
			query[name] = items;
			continue;
		}
		if (values.length > 1) {
			problems.push(`${label}: given more than once`);
			continue;
		}
		const coerced = coerce(spec.validator, declared.schema, values[0]);
		if (coerced.problem) problems.push(`${label}: ${coerced.problem}`);
		else problems.push(...checkValue(spec.validator, declared.schema, coerced.value, label));
		query[name] = coerced.value;
	}
	for (const [name, declared] of operation.queryParams) {
		if (declared.required && !grouped.has(name))
			problems.push(`query parameter ${name}: is required`);
	}
	return { problems, query };
}

function isEmptyJsonObject(text) {
	try {
		const value = JSON.parse(text);
		return (
			value && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length
		);
	} catch {
		return false;
	}
}

/** Validates the body; returns { problems, body } (body parsed from JSON or a form). */
function validateBody(spec, operation, { raw, contentType }) {
	const text = raw.toString('utf8');
	const declared = operation.requestBody;
	if (!declared) {
		// An empty JSON object is what many HTTP clients send for a bodiless POST.
		if (text.trim() === '' || isEmptyJsonObject(text)) return { problems: [], body: null };
		return { problems: [`body: ${operation.method} ${operation.template} takes no request body`] };
	}
	if (text.trim() === '') {
		return { problems: declared.required ? ['body: a request body is required'] : [], body: null };
	}
	const mediaType = String(contentType || '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	if (mediaType !== declared.contentType) {
		return {
			problems: [
				`header content-type: must be ${declared.contentType}; got ${JSON.stringify(contentType || '')}`,
			],
		};
	}
	let body;
	if (mediaType === 'application/x-www-form-urlencoded') {
		body = Object.fromEntries(new URLSearchParams(text));
	} else {
		try {
			body = JSON.parse(text);
		} catch (error) {
			return { problems: [`body: is not valid JSON (${error.message})`] };
		}
	}
	return { problems: spec.validator.validate(declared.schema, body, 'body'), body };
}

module.exports = {
	loadLogisticsSpec,
	validatePath,
	validateQuery,
	validateBody,
	DEFAULT_LOGISTICS_SPEC_PATH,
	PATH_PREFIX,
};
