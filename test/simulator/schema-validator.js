'use strict';

// A small validator for the subset of JSON Schema / OpenAPI 3.0 that Flexport's
// v2 and Logistics descriptions use: type, enum, required, properties, items,
// $ref, allOf, oneOf, anyOf, nullable, minimum/maximum, minLength/maxLength,
// minItems/maxItems, pattern, format.
//
// Deliberately stricter than Flexport: an object schema that lists
// `properties` rejects any other property (unless `additionalProperties`
// says otherwise), so a misspelt field surfaces as an error instead of being
// silently ignored. Object schemas without `properties` (e.g. Metadata) are
// free-form.

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DECIMAL_RE = /^-?\d+(\.\d+)?$/;

function isValidCalendarDate(text) {
	const [y, m, d] = text.slice(0, 10).split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Checks a string against an OpenAPI `format`; returns a problem text or null. */
function checkFormat(format, value) {
	switch (format) {
		case 'date':
			return DATE_RE.test(value) && isValidCalendarDate(value)
				? null
				: 'must be a date (YYYY-MM-DD)';
		case 'date-time':
		case 'date_time':
			return DATE_TIME_RE.test(value) &&
				isValidCalendarDate(value) &&
				!Number.isNaN(Date.parse(value))
				? null
				: 'must be a date-time (ISO 8601, e.g. 2020-01-31T12:00:00Z)';
		case 'decimal':
			return DECIMAL_RE.test(value)
				? null
				: 'must be a decimal number written as a string (e.g. "12.34")';
		case 'uri':
			return /^https?:\/\//.test(value) ? null : 'must be an absolute http(s) URL';
		case 'base64':
			return /^[A-Za-z0-9+/\r\n]*={0,2}$/.test(value) ? null : 'must be base64-encoded';
		default:
			return null; // unknown or purely descriptive formats (binary, string, ...)
	}
}

function describeType(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
	return typeof value;
}

function matchesType(type, value) {
	switch (type) {
		case 'string':
			return typeof value === 'string';
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value);
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'array':
			return Array.isArray(value);
		case 'object':
			return value !== null && typeof value === 'object' && !Array.isArray(value);
		default:
			return true;
	}
}

/**
 * Creates a validator bound to a document's `components.schemas`.
 * `$ref`s are followed lazily, which keeps recursive schemas (Company ->
 * Location -> Company) harmless.
 */
function createSchemaValidator(componentsSchemas) {
	function resolveRef(ref) {
		const prefix = '#/components/schemas/';
		if (!ref.startsWith(prefix)) throw new Error(`Unsupported $ref: ${ref}`);
		const schema = componentsSchemas[ref.slice(prefix.length)];
		if (!schema) throw new Error(`Unresolvable $ref: ${ref}`);
		return schema;
	}

	function deref(schema) {
		let current = schema;
		for (let hops = 0; current && current.$ref; hops += 1) {
			if (hops > 20) throw new Error('Too many chained $refs');
			current = resolveRef(current.$ref);
		}
		return current || {};
	}

	/** Returns an array of "path: problem" strings (empty when valid). */
	function validate(schemaOrRef, value, path = 'body') {
		const errors = [];
		visit(schemaOrRef, value, path, errors);
		return errors;
	}

	function visit(schemaOrRef, value, path, errors) {
		let schema = deref(schemaOrRef);
		// allOf in this spec only wraps a single $ref; merging keeps the
		// unknown-property check aware of every allowed key.
		if (schema.allOf) schema = mergeAllOf(schema);

		if (value === null) {
			const constrained =
				schema.type || schema.enum || schema.properties || schema.oneOf || schema.anyOf;
			if (constrained && !schema.nullable)
				errors.push(`${path}: must not be null (omit the field instead)`);
			return;
		}

		if (schema.oneOf || schema.anyOf) {
			const options = schema.oneOf || schema.anyOf;
			const passing = options.filter((option) => validate(option, value, path).length === 0);
			if (passing.length === 0 || (schema.oneOf && passing.length > 1)) {
				errors.push(
					`${path}: must match ${schema.oneOf ? 'exactly one' : 'at least one'} of the allowed shapes`,
				);
			}
			return;
		}

		if (schema.type && !matchesType(schema.type, value)) {
			errors.push(`${path}: must be ${schema.type}, got ${describeType(value)}`);
			return;
		}

		if (schema.enum && !schema.enum.includes(value)) {
			errors.push(
				`${path}: must be one of ${schema.enum.join(', ')}; got ${JSON.stringify(value)}`,
			);
			return;
		}

		if (typeof value === 'string') checkString(schema, value, path, errors);
		if (typeof value === 'number') checkNumber(schema, value, path, errors);
		if (Array.isArray(value)) checkArrayLength(schema, value, path, errors);
		if (Array.isArray(value) && schema.items) {
			value.forEach((item, index) => visit(schema.items, item, `${path}[${index}]`, errors));
		}
		if (matchesType('object', value) && (schema.type === 'object' || schema.properties)) {
			checkObject(schema, value, path, errors);
		}
	}

	function checkString(schema, value, path, errors) {
		if (schema.minLength !== undefined && value.length < schema.minLength) {
			errors.push(
				schema.minLength === 1
					? `${path}: must not be empty`
					: `${path}: must be at least ${schema.minLength} characters long`,
			);
		}
		if (schema.maxLength !== undefined && value.length > schema.maxLength) {
			errors.push(`${path}: must be at most ${schema.maxLength} characters long`);
		}
		if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
			errors.push(`${path}: does not match the expected pattern ${schema.pattern}`);
		}
		if (schema.format) {
			const problem = checkFormat(schema.format, value);
			if (problem) errors.push(`${path}: ${problem}; got ${JSON.stringify(value)}`);
		}
	}

	function checkNumber(schema, value, path, errors) {
		if (schema.minimum !== undefined && value < schema.minimum)
			errors.push(`${path}: must be >= ${schema.minimum}`);
		if (schema.maximum !== undefined && value > schema.maximum)
			errors.push(`${path}: must be <= ${schema.maximum}`);
	}

	function checkArrayLength(schema, value, path, errors) {
		if (schema.minItems !== undefined && value.length < schema.minItems)
			errors.push(`${path}: must have at least ${schema.minItems} item(s)`);
		if (schema.maxItems !== undefined && value.length > schema.maxItems)
			errors.push(`${path}: must have at most ${schema.maxItems} items`);
	}

	function checkObject(schema, value, path, errors) {
		for (const key of schema.required || []) {
			if (value[key] === undefined) errors.push(`${path}.${key}: is required`);
		}
		const properties = schema.properties;
		for (const [key, propertyValue] of Object.entries(value)) {
			if (properties && Object.prototype.hasOwnProperty.call(properties, key)) {
				visit(properties[key], propertyValue, `${path}.${key}`, errors);
			} else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
				visit(schema.additionalProperties, propertyValue, `${path}.${key}`, errors);
			} else if (properties && schema.additionalProperties !== true) {
				errors.push(
					`${path}.${key}: unknown property (allowed: ${Object.keys(properties).join(', ')})`,
				);
			}
		}
	}

	function mergeAllOf(schema) {
		const merged = { type: undefined, properties: {}, required: [] };
		let hasProperties = false;
		for (const part of [...schema.allOf, { ...schema, allOf: undefined }]) {
			const resolved = part.allOf ? mergeAllOf(part) : deref(part);
			if (resolved.type) merged.type = resolved.type;
			if (resolved.properties) {
				hasProperties = true;
				Object.assign(merged.properties, resolved.properties);
			}
			if (resolved.required) merged.required.push(...resolved.required);
			if (resolved.nullable) merged.nullable = true;
			if (resolved.enum) merged.enum = resolved.enum;
			if (resolved.additionalProperties !== undefined)
				merged.additionalProperties = resolved.additionalProperties;
		}
		if (!hasProperties) delete merged.properties;
		return merged;
	}

	return { validate, deref, checkFormat };
}

module.exports = { createSchemaValidator, checkFormat, isValidCalendarDate };
