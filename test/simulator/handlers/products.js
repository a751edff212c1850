'use strict';

// Products: create and update, with SKUs unique across the catalogue.

const { INTERNAL } = require('../store');
const { badRequest, notFound } = require('../http-util');
const { buildProduct } = require('../seed');

function productFields(body) {
	return {
		name: body.name,
		sku: body.sku,
		description: body.description,
		productCategory: body.product_category,
		countryOfOrigin: body.country_of_origin,
		clientVerified: body.client_verified,
		productProperties: body.product_properties,
		classifications: body.classifications,
		hsCodes: (body.classifications || []).flatMap((classification) => classification.codes),
		suppliers: body.suppliers,
	};
}

function ensureUniqueSku(db, sku, exceptId) {
	const clash = db.products.find((product) => product.sku === sku && product.id !== exceptId);
	if (clash) throw badRequest(`sku ${JSON.stringify(sku)} is already used by product ${clash.id}`);
}

function createProduct(ctx) {
	const { db, body } = ctx;
	ensureUniqueSku(db, body.sku);
	return { data: db.products.insert(buildProduct(db.products.nextId(), productFields(body))) };
}

function updateProduct(ctx) {
	const { db, body } = ctx;
	const product = db.products.get(ctx.pathParams.id);
	if (!product) throw notFound(`Product ${ctx.pathParams.id} not found`);
	if (body.sku !== undefined) ensureUniqueSku(db, body.sku, product.id);
	const current = {
		name: product.name,
		sku: product.sku,
		description: product.description,
		product_category: product.product_category,
		country_of_origin: product.country_of_origin,
		client_verified: product.client_verified,
		product_properties: product.product_properties.map(({ type, value }) => ({ type, value })),
		classifications: product.classifications.map(({ codes, region }) => ({ codes, region })),
		suppliers: product[INTERNAL].suppliers,
	};
	const updated = buildProduct(product.id, {
		...productFields({ ...current, ...body }),
		archivedAt: product.archived_at,
	});
	return { data: db.products.insert(updated) };
}

module.exports = { createProduct, updateProduct };
