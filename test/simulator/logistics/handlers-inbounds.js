'use strict';

// Inbound shipments: create, read, update, transfer documents, and the two asynchronous steps
// (rate quotes, then buying quotes) that a client starts with POST and polls with GET.

const { INTERNAL } = require('../store');
const { notFound, requireFound, unprocessable } = require('./problem');
const { DAY_MS } = require('./records');

const EDITABLE = new Set(['PENDING', 'READY_TO_SHIP']);
const MAX_IDENTICAL_PACKAGES = 500;
const PACKAGE_FIELDS = ['length', 'width', 'height', 'weight', 'dimensionUnit', 'weightUnit'];
const PROVIDERS = [
	['UPS', 'UPS Ground', 'SPD_EXTERNAL'],
	['FedEx', 'FedEx Ground', 'SPD_EXTERNAL'],
	['Flexport Freight', 'LTL Standard', 'LTL_EXTERNAL'],
];

function findInbound(db, shipmentId) {
	const record = requireFound(db.inbounds.get(shipmentId), `Inbound shipment ${shipmentId}`);
	if (!record[INTERNAL]) record[INTERNAL] = {};
	return record;
}

function checkSkus(db, items, label) {
	(items || []).forEach((item, index) => {
		if (!db.products.get(item.logisticsSku))
			throw unprocessable(
				`${label}[${index}].logisticsSku: no product ${item.logisticsSku} in this account`,
			);
	});
}

/** V3 responses lack the shipping plan's external id and name. */
function asV3(record) {
	return { ...record, shippingPlanExternalId: undefined, shippingPlanName: undefined };
}

function makeQuotes(record, random, now, shippingOption) {
	return PROVIDERS.filter(([, , option]) => !shippingOption || option === shippingOption).map(
		([provider, method, option], index) => ({
			id: Number(record.id) * 10 + index,
			rateShoppingMethod: 'CHEAPEST',
			amount: Math.round(random.float(60, 400) * 100) / 100,
			currency: 'USD',
			shippingProvider: provider,
			providerMethod: method,
			purchased: false,
			estimatedTimeOfArrival: new Date(now + (3 + index) * DAY_MS).toISOString(),
			shippingOption: option,
		}),
	);
}

function pendingResult(state) {
	return state === 'pending';
}

const INBOUND_HANDLERS = {
	get_inbounding_shipments_v4: ({ db, query }) => ({
		body: query.shipmentIds.map((id) => db.inbounds.get(id)).filter(Boolean),
	}),

	create_inbounding_shipment_v4: ({ db, body, records }) => {
		checkSkus(db, body.items, 'body.items');
		(body.packages || []).forEach((pkg, index) =>
			checkSkus(db, pkg.items, `body.packages[${index}].items`),
		);
		return { body: db.inbounds.insert(records.inbound(body, db.inbounds.nextId())) };
	},

	get_inbounding_shipment_v4: ({ db, pathParams }) => ({
		body: findInbound(db, pathParams.shipmentId),
	}),

	get_transfer_document_v2: ({ db, pathParams, query, jobs, baseUrl }) => {
		const record = findInbound(db, pathParams.shipmentId);
		const documents = record[INTERNAL].documents || (record[INTERNAL].documents = {});
		const key = `${query.documentOption}.${query.documentFormat}`;
		if (!documents[key]) documents[key] = jobs.start('document');
		const state = jobs.poll(documents[key]);
		if (state === 'failed')
			throw unprocessable(`The ${query.documentOption} document could not be generated`);
		const ready = state === 'ready';
		const url = ready
			? `${baseUrl}/logistics/downloads/documents/${record.id}-${encodeURIComponent(key)}`
			: '';
		return { body: { ready, url } };
	},

	init_quote_process_for_inbounding_shipment_v2: ({ db, pathParams, query, jobs }) => {
		const record = findInbound(db, pathParams.shipmentId);
		if (!EDITABLE.has(record.status))
			throw unprocessable(`Inbound shipment ${record.id} is ${record.status}; it cannot be quoted`);
		record[INTERNAL].quoting = { job: jobs.start('inboundQuote'), option: query.shippingOption };
		record[INTERNAL].quotes = null;
		return { body: { quotes: [] } };
	},

	get_inbounding_shipment_quote_result: ({ db, pathParams, query, jobs, random, now }) => {
		const record = findInbound(db, pathParams.shipmentId);
		const quoting = record[INTERNAL].quoting;
		if (!quoting)
			throw notFound(`A quote process for inbound shipment ${record.id} (POST .../quotes first)`);
		const state = jobs.poll(quoting.job);
		if (state === 'failed')
			return { body: { quotes: [], error: { code: 'NO_RATES', subcode: 'CARRIER_UNAVAILABLE' } } };
		if (pendingResult(state)) return { body: { quotes: [] }, pending: true };
		if (!record[INTERNAL].quotes)
			record[INTERNAL].quotes = makeQuotes(record, random, now, quoting.option);
		const option = query.shippingOption;
		return {
			body: {
				quotes: record[INTERNAL].quotes.filter((q) => !option || q.shippingOption === option),
			},
		};
	},

	init_quote_purchase_process_for_inbounding_shipment_v2: ({ db, pathParams, body, jobs }) => {
		const record = findInbound(db, pathParams.shipmentId);
		const quotes = record[INTERNAL].quotes || [];
		body.quoteIds.forEach((quoteId, index) => {
			if (!quotes.some((quote) => quote.id === quoteId))
				throw unprocessable(
					`body.quoteIds[${index}]: quote ${quoteId} is not a ready quote of shipment ${record.id}`,
				);
		});
		record[INTERNAL].purchase = { job: jobs.start('inboundPurchase'), quoteIds: body.quoteIds };
		return { body: { transactions: [] } };
	},

	get_inbounding_shipment_quote_purchase_result: ({ db, pathParams, query, jobs }) => {
		const record = findInbound(db, pathParams.shipmentId);
		const purchase = record[INTERNAL].purchase;
		if (!purchase)
			throw notFound(`A purchase for inbound shipment ${record.id} (POST .../quotes/buy first)`);
		const state = jobs.poll(purchase.job);
		if (state === 'failed')
			return { body: { quotes: [], error: { code: 'PURCHASE_FAILED', subcode: 'PAYMENT' } } };
		if (pendingResult(state)) return { body: { quotes: [] }, pending: true };
		for (const quote of record[INTERNAL].quotes)
			if (purchase.quoteIds.includes(quote.id)) quote.purchased = true;
		if (record.status === 'PENDING') record.status = 'READY_TO_SHIP';
		const option = query.shippingOption;
		const bought = record[INTERNAL].quotes.filter(
			(quote) => quote.purchased && (!option || quote.shippingOption === option),
		);
		return { body: { quotes: bought } };
	},

	update_inbounding_shipment_v3: ({ db, pathParams, body }) => {
		const record = findInbound(db, pathParams.shipmentId);
		if (!EDITABLE.has(record.status))
			throw unprocessable(
				`Inbound shipment ${record.id} is ${record.status}; it can no longer change`,
			);
		(body.createPackages || []).forEach((pkg, index) =>
			checkSkus(db, pkg.items, `body.createPackages[${index}].items`),
		);
		if (body.from) record.addresses.from = body.from;
		if (body.prep) record.prep = body.prep;
		const packages = record.packages || (record.packages = []);
		(body.packages || []).forEach((update, index) => {
			for (const id of update.ids) {
				const existing = packages.find((pkg) => pkg.id === id);
				if (!existing)
					throw unprocessable(
						`body.packages[${index}].ids: no package ${id} in shipment ${record.id}`,
					);
				for (const key of PACKAGE_FIELDS)
					if (update[key] !== undefined) existing[key] = update[key];
			}
		});
		for (const [index, pkg] of (body.createPackages || []).entries()) {
			const { numberOfIdenticalPkgs, ...fields } = pkg;
			if (!(numberOfIdenticalPkgs <= MAX_IDENTICAL_PACKAGES))
				throw unprocessable(
					`body.createPackages[${index}].numberOfIdenticalPkgs: must be at most ${MAX_IDENTICAL_PACKAGES}`,
				);
			for (let copy = 0; copy < Math.max(1, numberOfIdenticalPkgs); copy += 1)
				packages.push({ ...fields, id: `${record.id}${String(packages.length).padStart(3, '0')}` });
		}
		if (body.freightDetails) record[INTERNAL].freightDetails = body.freightDetails;
		if (body.shippingOption) record[INTERNAL].shippingOption = body.shippingOption;
		if (body.packageTrackingNumber) record[INTERNAL].trackingNumber = body.packageTrackingNumber;
		return { body: asV3(record) };
	},
};

module.exports = { INBOUND_HANDLERS };
