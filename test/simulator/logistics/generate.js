'use strict';

// Builds realistic records from the Logistics spec's schemas: every required field, a seeded
// share of the optional ones, nested objects, empty lists and nulls where the schema allows
// them. Values follow the schema (enum, pattern, format, length, range) and, where the schema
// says only "string" or "number", the field's name (city, zip, trackingCode, price ...).
// Callers lay their own coherent values over the result with `build(name, overrides)`.

const CITIES = [
	['Los Angeles', 'CA', '90021'],
	['Reno', 'NV', '89502'],
	['Dallas', 'TX', '75247'],
	['Atlanta', 'GA', '30336'],
	['Columbus', 'OH', '43217'],
	['Newark', 'NJ', '07114'],
];
const WORDS = ['blue', 'cotton', 'bamboo', 'travel', 'classic', 'organic', 'compact', 'daily'];
const NOUNS = ['tote bag', 'water bottle', 'yoga mat', 'desk lamp', 'phone case', 'tea sampler'];
const PEOPLE = ['Alex Morgan', 'Sam Lee', 'Priya Patel', 'Jordan Kim', 'Maria Garcia'];
const COMPANIES = ['Acme Outfitters', 'Northwind Goods', 'Blue Harbor Co', 'Sunny Side Shop'];
const CARRIERS = ['USPS', 'UPS', 'FEDEX', 'DHL'];
const DAY_MS = 24 * 60 * 60 * 1000;

const PATTERN_VALUES = {
	'^D[0-9a-zA-Z]+$': (r) => `D${r.alnum(10)}`,
	'^B[0-9a-zA-Z]+$': (r) => `B${r.alnum(10)}`,
	'^SL\\d{7}$': (r) => `SL${r.digits(7)}`,
	'^[0-9]{10}$': (r) => r.digits(10),
	'^[1-9][0-9]{3}-[0-1][0-9]$': (r) => `202${r.int(3, 5)}-0${r.int(1, 9)}`,
	'^\\d+$': (r) => String(r.int(100000, 9999999)),
	'^https://.+': (r) => `https://hooks.example.com/flexport/${r.alnum(8)}`,
	'^([\\w\\.]{0,50})$': (r) =>
		r.pick(['Order.Shipped', 'Parcel.TrackingUpdated', 'Return.Updated']),
};

function createGenerator({ validator, random, now = () => Date.now() }) {
	const r = {
		...random,
		alnum: (length) =>
			Array.from({ length }, () =>
				random.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789abcdefghijkmnpqrstuvwxyz'.split('')),
			).join(''),
	};

	/** Resolves $ref and merges allOf parts into one schema. */
	function flat(schema) {
		const resolved = validator.deref(schema || {});
		if (!resolved.allOf) return resolved;
		const merged = { ...resolved, allOf: undefined };
		for (const part of resolved.allOf) {
			const piece = flat(part);
			for (const [key, value] of Object.entries(piece)) {
				if (key === 'properties') merged.properties = { ...merged.properties, ...value };
				else if (key === 'required') merged.required = [...(merged.required || []), ...value];
				else if (merged[key] === undefined) merged[key] = value;
			}
		}
		return merged;
	}

	function fitLength(schema, text) {
		let value = text;
		if (schema.maxLength !== undefined) value = value.slice(0, schema.maxLength);
		while (schema.minLength !== undefined && value.length < schema.minLength) value += 'x';
		return value;
	}

	function dateTime(name) {
		const future = /expir|estimated|promised|eta|until|deadline|pickup/i.test(name);
		const offset = r.int(1, 30) * DAY_MS - r.int(0, 86399) * 1000;
		return new Date(now() + (future ? offset : -offset)).toISOString();
	}

	function stringFor(name, schema) {
		const key = name.toLowerCase();
		const [city, state, zip] = r.pick(CITIES);
		if (schema.pattern && PATTERN_VALUES[schema.pattern]) return PATTERN_VALUES[schema.pattern](r);
		if (schema.format === 'date-time' || /(Time|Date|At)$|^time$/.test(name)) return dateTime(name);
		if (key.includes('email')) return `ops+${r.alnum(4).toLowerCase()}@example-store.com`;
		if (key.includes('phone')) return `+1 415 555 0${r.digits(3)}`;
		if (key.endsWith('url') || key === 'url')
			return `https://files.example.com/${key}/${r.alnum(12)}`;
		if (key === 'city') return city;
		if (/zip|postal/.test(key)) return zip;
		if (/^(state|provincecode|stateorprovince)$/.test(key)) return state;
		if (/country/.test(key)) return 'US';
		if (/street1|address1/.test(key)) return `${r.int(10, 9999)} Commerce Way`;
		if (/street2|address2/.test(key)) return `Suite ${r.int(100, 900)}`;
		if (key.includes('company')) return r.pick(COMPANIES);
		if (/currency/.test(key)) return 'USD';
		if (/tracking(code|number)/.test(key)) return `1Z${r.alnum(16).toUpperCase()}`;
		if (/carrier/.test(key)) return r.pick(CARRIERS);
		if (/sku/.test(key)) return `SKU-${r.digits(5)}`;
		if (/^(name|username)$/.test(key)) return r.pick(PEOPLE);
		if (/title|productname/.test(key)) return `${r.pick(WORDS)} ${r.pick(NOUNS)}`;
		if (/description|message|notes|reason|comment/.test(key))
			return `${r.pick(WORDS)} ${r.pick(NOUNS)}, handled by the warehouse`;
		if (/servicelevel|method|provider/.test(key))
			return r.pick(['STANDARD', 'EXPEDITED', 'GROUND']);
		if (/status/.test(key)) return r.pick(['OK', 'IN_TRANSIT', 'DELIVERED']);
		if (/id$/.test(key)) return String(r.int(100000, 9999999));
		return `${r.pick(WORDS)}-${r.digits(4)}`;
	}

	function numberFor(name, schema, integer) {
		const key = name.toLowerCase();
		let [min, max, decimals] = [1, 100, 0];
		if (/quantity|count|units|available|onhand|amount$/.test(key)) [min, max] = [0, 250];
		if (/price|cost|value|amount|fee/.test(key)) [min, max, decimals] = [5, 900, 2];
		if (/weight/.test(key)) [min, max, decimals] = [0.5, 45, 1];
		if (/length|width|height/.test(key)) [min, max, decimals] = [2, 60, 1];
		if (/days/.test(key)) [min, max] = [1, 12];
		if (/id$/.test(key)) [min, max] = [1000, 999999];
		if (schema.minimum !== undefined) min = Math.max(min, schema.minimum);
		if (schema.maximum !== undefined) max = Math.min(max, schema.maximum);
		if (max < min) max = min;
		if (integer || decimals === 0) return Math.round(min + r.next() * (max - min));
		return Math.round((min + r.next() * (max - min)) * 100) / 100;
	}

	function arrayOf(schema, name, depth) {
		const min = schema.minItems || 0;
		const max = Math.max(min, Math.min(schema.maxItems ?? 3, depth >= 3 ? 1 : 3));
		const length = min === 0 && r.chance(0.2) ? 0 : r.int(Math.max(1, min), Math.max(1, max));
		const itemSchema = schema.items || { type: 'string' };
		return Array.from({ length }, () => value(itemSchema, singular(name), depth + 1));
	}

	function singular(name) {
		return name.endsWith('s') ? name.slice(0, -1) : name;
	}

	function objectOf(schema, depth) {
		const result = {};
		const required = new Set(schema.required || []);
		const optionalChance = depth >= 5 ? 0 : depth >= 2 ? 0.35 : 0.7;
		for (const [key, propertySchema] of Object.entries(schema.properties || {})) {
			if (!required.has(key) && !r.chance(optionalChance)) continue;
			const property = flat(propertySchema);
			if (property.nullable && !required.has(key) && r.chance(0.15)) result[key] = null;
			else result[key] = value(propertySchema, key, depth + 1);
		}
		if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
			result.source = value(schema.additionalProperties, 'source', depth + 1);
			result.reference = value(schema.additionalProperties, 'reference', depth + 1);
		}
		return result;
	}

	/** Untyped fields ("T or null" in the source spec): the validations hint at T. */
	function untyped(schema, name, depth) {
		if (schema.minItems !== undefined || schema.maxItems !== undefined)
			return arrayOf({ ...schema, items: { type: 'string' } }, name, depth);
		if (schema.minimum !== undefined) return numberFor(name, schema, false);
		if (schema.nullable && r.chance(0.25)) return null;
		return fitLength(schema, stringFor(name, schema));
	}

	function value(schemaOrRef, name = '', depth = 0) {
		const schema = flat(schemaOrRef);
		if (schema.enum) {
			const choices = schema.enum.filter((choice) => choice !== null);
			return choices.length ? r.pick(choices) : null;
		}
		const options = schema.anyOf || schema.oneOf;
		if (options) return value(r.pick(options), name, depth);
		switch (schema.type) {
			case 'string':
				return fitLength(schema, stringFor(name, schema));
			case 'integer':
				return numberFor(name, schema, true);
			case 'number':
				return numberFor(name, schema, false);
			case 'boolean':
				return r.chance(0.5);
			case 'array':
				return arrayOf(schema, name, depth);
			case 'object':
				return objectOf(schema, depth);
			default:
				return schema.properties ? objectOf(schema, depth) : untyped(schema, name, depth);
		}
	}

	/** A record of component schema `name`, with `overrides` laid over it (undefined deletes). */
	function build(name, overrides = {}) {
		return merge(value({ $ref: `#/components/schemas/${name}` }, name, 0), overrides);
	}

	return { build, value };
}

function isPlainObject(item) {
	return item !== null && typeof item === 'object' && !Array.isArray(item);
}

function merge(base, overrides) {
	if (!isPlainObject(overrides)) return overrides;
	if (!isPlainObject(base)) return Object.keys(overrides).length ? overrides : base;
	const result = { ...base };
	for (const [key, override] of Object.entries(overrides)) {
		if (override === undefined) delete result[key];
		else if (isPlainObject(override) && isPlainObject(result[key]))
			result[key] = merge(result[key], override);
		else result[key] = override;
	}
	return result;
}

module.exports = { createGenerator, merge };
