'use strict';

// The list and show handlers of every resource, and the synthetic shipments of the
// largeCollection setting (built on demand, one page at a time).

const { INTERNAL } = require('../store');
const { notFound } = require('../http-util');
const { buildPredicates, sortItems, pagination } = require('../query');
const { syntheticShipment } = require('../seed-shipments');

function listHandler(resourceName) {
	return (ctx) => {
		if (resourceName === 'shipments' && ctx.largeCollection) return largeShipmentPage(ctx);
		const resource = ctx.resources[resourceName];
		const predicates = buildPredicates(ctx.searchParams, resource.filters);
		const matching = resource.collection
			.all()
			.filter((item) => predicates.every((predicate) => predicate(item)));
		const sorted = sortItems(
			matching,
			ctx.searchParams.get('sort') || resource.defaultSort,
			ctx.searchParams.get('direction') || resource.defaultDirection,
		);
		const { page, per, offset } = pagination(ctx.searchParams);
		const items = sorted
			.slice(offset, offset + per)
			.map((item) => (resource.listItem ? resource.listItem(item) : item));
		return { page: { items, totalCount: matching.length, page, per } };
	};
}

function showHandler(resourceName) {
	return (ctx) => {
		const { id } = ctx.pathParams;
		const item =
			ctx.resources[resourceName].collection.get(id) ||
			(resourceName === 'shipments' && ctx.largeCollection && largeShipmentById(ctx, id));
		if (!item) throw notFound(`${ctx.resources[resourceName].label} ${id} not found`);
		return { data: item };
	};
}

// ------------------------------------------------------- largeCollection --

const LARGE_FIRST_ID = 10000001;

function largeCollectionContext(ctx) {
	const own = ctx.db.companies.get(ctx.db.ownCompanyId);
	return {
		links: ctx.links,
		now: ctx.startedAt,
		ownEntity: own.entities[0],
		partnerEntities: ctx.db.companyEntities
			.all()
			.filter((entity) => entity[INTERNAL].companyId !== own.id),
		products: ctx.db.products.all(),
		firstId: LARGE_FIRST_ID,
	};
}

/** A page of N synthetic shipments, built on demand (filters are not applied). */
function largeShipmentPage(ctx) {
	const total = ctx.largeCollection;
	const { page, per, offset } = pagination(ctx.searchParams);
	const descending = (ctx.searchParams.get('direction') || 'desc') === 'desc';
	const generator = largeCollectionContext(ctx);
	const items = [];
	for (let position = offset; position < Math.min(offset + per, total); position += 1) {
		const index = descending ? total - 1 - position : position;
		items.push({ ...syntheticShipment(index, generator), _object: '/shipments' });
	}
	return { page: { items, totalCount: total, page, per } };
}

function largeShipmentById(ctx, id) {
	const index = Number(id) - LARGE_FIRST_ID;
	if (!Number.isInteger(index) || index < 0 || index >= ctx.largeCollection) return null;
	return syntheticShipment(index, largeCollectionContext(ctx));
}

module.exports = { listHandler, showHandler, LARGE_FIRST_ID };
