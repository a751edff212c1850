'use strict';

// The seeded product catalogue (reference-data.js PRODUCTS); buildProduct also serves the
// product write handlers.

const { DAY_MS, isoDateTime, INTERNAL } = require('./store');
const { PRODUCTS } = require('./reference-data');

function buildProduct(id, fields) {
	return {
		_object: '/product',
		id,
		name: fields.name,
		sku: fields.sku,
		description: fields.description || null,
		archived_at: fields.archivedAt || null,
		product_category: fields.productCategory,
		country_of_origin: fields.countryOfOrigin,
		client_verified: Boolean(fields.clientVerified),
		product_properties: (fields.productProperties || []).map((property) => ({
			_object: '/product/property',
			type: property.type,
			value: property.value,
		})),
		hs_codes: (fields.hsCodes || []).map((code) => ({
			_object: '/hs_code',
			description: fields.name,
			code,
			country_code: 'US',
		})),
		classifications: (fields.classifications || []).map((classification) => ({
			_object: '/product/classification',
			codes: classification.codes,
			region: classification.region,
		})),
		[INTERNAL]: { suppliers: fields.suppliers || [] },
	};
}

const COLORS = ['black', 'white', 'blue', 'red', 'green', 'grey'];

function seedProducts(context) {
	const { db, rng, now } = context;
	PRODUCTS.forEach(([name, category, hsCode, origin], index) => {
		const initials = name
			.split(/\s+/)
			.map((word) => word[0])
			.join('')
			.replace(/[^A-Za-z]/g, '')
			.toUpperCase()
			.slice(0, 4);
		db.products.insert(
			buildProduct(db.products.nextId(), {
				name,
				sku: `${initials}-${1001 + index}`,
				description: `${name} (${category.toLowerCase()})`,
				productCategory: category,
				countryOfOrigin: origin,
				clientVerified: rng.chance(0.7),
				archivedAt: index % 10 === 9 ? isoDateTime(now - rng.int(5, 60) * DAY_MS) : null,
				productProperties: [
					{ type: 'color', value: rng.pick(COLORS) },
					{
						type: 'material',
						value: rng.pick(['plastic', 'steel', 'cotton', 'aluminium', 'ceramic']),
					},
				],
				hsCodes: [hsCode],
				classifications: [{ codes: [hsCode], region: 'US' }],
			}),
		);
	});
}

module.exports = { buildProduct, seedProducts };
