'use strict';

// Records shaped by the OpenAPI schemas themselves: fromSchema() builds an object with every
// property a schema declares, in its order (given values first, then the schema's example for
// `_object`, otherwise null or an empty list), and conformance() lists how a seeded record departs
// from its schema. The seed and the version handlers use the first; test/simulator/seed-schema.test.js
// holds every seeded record to the second.

function resolve(schemas, schema) {
	let current = typeof schema === 'string' ? schemas[schema] : schema;
	for (let hops = 0; current && current.$ref; hops += 1) {
		if (hops > 20) throw new Error('seed-schema: too many chained $refs');
		current = schemas[current.$ref.split('/').pop()];
	}
	if (current && current.allOf && current.allOf.length === 1 && !current.properties)
		return resolve(schemas, current.allOf[0]);
	if (!current) throw new Error(`seed-schema: unknown schema ${JSON.stringify(schema)}`);
	return current;
}

/** Every property of the schema: `values[key]` where given, else `_object`'s example, else empty. */
function fromSchema(schemas, schema, values = {}) {
	const resolved = resolve(schemas, schema);
	const properties = resolved.properties || {};
	const record = {};
	for (const [key, property] of Object.entries(properties)) {
		if (Object.prototype.hasOwnProperty.call(values, key)) record[key] = values[key];
		else if (key === '_object' && property.example !== undefined) record[key] = property.example;
		else record[key] = resolve(schemas, property).type === 'array' ? [] : null;
	}
	const unknown = Object.keys(values).filter((key) => !(key in properties));
	if (unknown.length && resolved.additionalProperties !== true)
		throw new Error(`seed-schema: ${unknown.join(', ')} not in the schema`);
	for (const key of unknown) record[key] = values[key];
	return record;
}

function typeOf(value) {
	if (Array.isArray(value)) return 'array';
	if (Number.isInteger(value)) return 'integer';
	return typeof value;
}

const fits = (type, value) =>
	type === undefined ||
	typeOf(value) === type ||
	(type === 'number' && typeOf(value) === 'integer');

/**
 * How `record` departs from its schema: properties it lacks, properties the schema does not know
 * (other than `extras`), and values of another type. Nested objects are checked one level down for
 * unknown properties and types only: Flexport embeds summaries (a company's id, name and ref).
 */
function conformance(schemas, schema, record, extras = [], depth = 1, complete = true) {
	const resolved = resolve(schemas, schema);
	const properties = resolved.properties || {};
	const problems = [];
	if (complete)
		for (const key of Object.keys(properties))
			if (!(key in record)) problems.push(`${key}: missing`);
	for (const [key, value] of Object.entries(record)) {
		const property = properties[key];
		if (!property) {
			if (!extras.includes(key) && resolved.additionalProperties !== true)
				problems.push(`${key}: not in the schema`);
			continue;
		}
		if (value === null) continue;
		const target = resolve(schemas, property);
		if (!fits(target.type, value)) {
			problems.push(`${key}: ${typeOf(value)} where the schema says ${target.type}`);
			continue;
		}
		const nested = (entry, at) => {
			if (depth === 0 || typeOf(entry) !== 'object') return;
			const itemSchema = at === null ? property : target.items;
			if (!resolve(schemas, itemSchema).properties) return;
			for (const problem of conformance(schemas, itemSchema, entry, [], depth - 1, false))
				problems.push(`${key}${at === null ? '' : `[${at}]`}.${problem}`);
		};
		if (target.type === 'array' && target.items) value.forEach((entry, at) => nested(entry, at));
		else nested(value, null);
	}
	return problems;
}

module.exports = { fromSchema, conformance };
