'use strict';

// Parcels: labels, quotes, cancellation, tracking (status follows the simulator clock: pre-transit
// for a day, in transit, out for delivery, delivered after four days), the bare-string tracking
// URL and bulk label jobs (an async state machine, see ./async-jobs.js).

const { INTERNAL } = require('../store');
const { requireFound, Problem, unprocessable } = require('./problem');
const { DAY_MS } = require('./records');

const MAX_LENGTH_IN = 108;
const TO_INCHES = { in: 1, cm: 1 / 2.54, mm: 1 / 25.4, m: 39.37 };
const TO_POUNDS = { lb: 1, oz: 1 / 16, kg: 2.20462, g: 0.00220462 };

function parcelProblem(name, detail) {
	return new Problem(422, `${name}: ${detail}`, { title: name });
}

function inches(dimensions, side) {
	return dimensions[side] * (TO_INCHES[String(dimensions.lengthUnit).toLowerCase()] || 1);
}

function pounds(dimensions) {
	return dimensions.weight * (TO_POUNDS[String(dimensions.weightUnit).toLowerCase()] || 1);
}

/** The documented parcel errors a request can trigger (docs 2024-07 names). */
function checkParcelRequest(body, label = 'body') {
	const longest = Math.max(...['length', 'width', 'height'].map((s) => inches(body.dimensions, s)));
	if (longest > MAX_LENGTH_IN)
		throw parcelProblem(
			'EXCEEDS_MAX_DIMENSIONS',
			`${label}.dimensions: the longest side may be at most ${MAX_LENGTH_IN} in`,
		);
	const country = String(body.shipToAddress.country).toUpperCase();
	if (!['US', 'USA'].includes(country) && !body.customsInformation)
		throw parcelProblem(
			'CUSTOMS_INFORMATION_REQUIRED',
			`${label}.customsInformation: required when shipping to ${body.shipToAddress.country}`,
		);
	if (!/^\d{5}(-\d{4})?$/.test(body.shipToAddress.zip) && ['US', 'USA'].includes(country))
		throw parcelProblem(
			'INVALID_DESTINATION_ADDRESS',
			`${label}.shipToAddress.zip: ${JSON.stringify(body.shipToAddress.zip)} is not a US ZIP code`,
		);
}

function trackingStatus(record, now) {
	const age = now - record[INTERNAL].createdAt;
	if (record[INTERNAL].cancelled) return 'FAILURE';
	if (age < DAY_MS) return 'PRE_TRANSIT';
	if (age < 3 * DAY_MS) return 'IN_TRANSIT';
	if (age < 4 * DAY_MS) return 'OUT_FOR_DELIVERY';
	return 'DELIVERED';
}

function findParcel(db, parcelId) {
	return requireFound(db.parcels.get(parcelId), `Parcel ${parcelId}`);
}

function newParcel(db, records, input, random) {
	const record = records.parcel(input, String(random.int(300000000, 399999999)));
	return db.parcels.insert(record);
}

function jobBody(job, baseUrl) {
	const state = job[INTERNAL];
	const body = { jobId: job.jobId, status: state.status };
	if (state.status === 'COMPLETED')
		body.labelsUrl = `${baseUrl}/logistics/downloads/labels/job-${job.jobId}.pdf`;
	if (state.parcels) body.parcels = state.parcels;
	return body;
}

const PARCEL_HANDLERS = {
	create_parcel_v3: ({ db, body, records, random }) => {
		checkParcelRequest(body);
		return { body: newParcel(db, records, body, random) };
	},

	cancel_parcel: ({ db, body, now }) => {
		const record = findParcel(db, body.parcelId);
		const status = trackingStatus(record, now);
		if (status !== 'PRE_TRANSIT' && status !== 'FAILURE')
			throw unprocessable(`Parcel ${record.parcelId} is ${status} and can no longer be cancelled`);
		record[INTERNAL].cancelled = true;
		return { empty: true };
	},

	create_bulk_parcel_job: ({ db, body, jobs }) => {
		if (!body.parcels.length) throw unprocessable('body.parcels: must contain at least one parcel');
		body.parcels.forEach((parcel, index) => checkParcelRequest(parcel, `body.parcels[${index}]`));
		const jobId = db.parcelJobs.nextId();
		const job = {
			jobId,
			[INTERNAL]: { status: 'PENDING', request: body, job: jobs.start('parcelJob') },
		};
		db.parcelJobs.insert(job);
		return { body: jobBody(job) };
	},

	get_bulk_parcel_job: ({ db, pathParams, jobs, records, random, baseUrl, now }) => {
		const job = requireFound(db.parcelJobs.get(pathParams.id), `Bulk parcel job ${pathParams.id}`);
		const state = job[INTERNAL];
		const outcome = jobs.poll(state.job);
		if (outcome === 'pending') state.status = 'IN_PROGRESS';
		if (outcome !== 'pending' && !state.parcels) {
			const failed = outcome === 'failed';
			state.status = failed ? 'FAILED' : 'COMPLETED';
			state.parcels = state.request.parcels.map((input, index) => {
				const parcel = failed ? null : newParcel(db, records, input, random);
				return {
					integrationChannelParcelId: input.customerParcelId || `${job.jobId}-${index + 1}`,
					trackingNumber: parcel ? parcel.trackingCode : '',
					carrierCode: parcel ? parcel.carrierCode : '',
					shipDate: new Date(now + DAY_MS).toISOString(),
					parcelStatus: failed ? 'ERROR' : 'OK',
					errorMessages: failed
						? 'SERVICE_LEVEL_NOT_CONFIGURED: no carrier for this service level'
						: '',
				};
			});
		}
		return { body: jobBody(job, baseUrl), pending: outcome === 'pending' };
	},

	get_parcel_quote_v2: ({ body }) => {
		checkParcelRequest(body);
		const dims = ['length', 'width', 'height'].map((side) => inches(body.dimensions, side));
		const dimWeight = (dims[0] * dims[1] * dims[2]) / 139;
		const billed = Math.ceil(Math.max(pounds(body.dimensions), dimWeight));
		const warnings = dimWeight > pounds(body.dimensions) ? ['Billed by dimensional weight'] : [];
		return {
			body: {
				price: Math.round((4.5 + billed * 0.85) * 100) / 100,
				serviceLevel: body.serviceLevel,
				billedWeightLbs: billed,
				dimensions: body.dimensions,
				warnings,
			},
		};
	},

	get_parcel_tracking_by_tracking_code: ({ db, pathParams, records, now }) => {
		const record = requireFound(
			db.parcels.find((parcel) => parcel.trackingCode === pathParams.trackingCode),
			`Parcel with tracking code ${pathParams.trackingCode}`,
		);
		return { body: records.parcelTracking(record, trackingStatus(record, now)) };
	},

	get_parcel: ({ db, pathParams }) => ({ body: findParcel(db, pathParams.parcelId) }),

	get_parcel_tracking: ({ db, pathParams, records, now }) => {
		const record = findParcel(db, pathParams.parcelId);
		return { body: records.parcelTracking(record, trackingStatus(record, now)) };
	},

	get_tracking_url: ({ db, pathParams, settings }) => {
		const url = findParcel(db, pathParams.parcelId).packageTrackingUrl;
		if (settings.trackingUrlFormat === 'text') return { text: url, contentType: 'text/plain' };
		return { body: url };
	},
};

module.exports = { PARCEL_HANDLERS, trackingStatus };
