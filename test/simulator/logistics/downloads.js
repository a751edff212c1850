'use strict';

// The files Logistics responses point at, served like pre-signed storage URLs (no bearer token):
// report CSVs (signature and expiry checked), parcel and return labels, transfer and freight
// documents (small PDFs), and the upload target of POST /uploads.

const { INTERNAL } = require('../store');
const { readBody } = require('../http-util');
const { makePdf } = require('../pdf');
const { send } = require('./problem');

function csvCell(value) {
	const text = value === undefined || value === null ? '' : String(value);
	return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(header, rows) {
	return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

/** Report rows from the live data, chosen by the report type's family. */
function reportCsv(db, reportType) {
	const family = reportType.split('-')[0];
	if (family === 'Orders')
		return toCsv(
			['orderId', 'externalOrderId', 'status', 'createdAt', 'lineItems'],
			db.orders
				.all()
				.map((o) => [
					o.id,
					o.externalOrderId,
					o.state.internalStatus,
					o.createdAt,
					o.lineItems.length,
				]),
		);
	if (family === 'Inventory' || family === 'Reserve')
		return toCsv(
			['logisticsSku', 'onHand', 'available', 'unavailable'],
			[...db.inventory.values()].map((i) => [i.logisticsSku, i.onHand, i.available, i.unavailable]),
		);
	if (family === 'Products')
		return toCsv(
			['logisticsSku', 'merchantSku', 'name'],
			db.products.all().map((p) => [p.logisticsSku, p.merchantSku, p.name]),
		);
	if (family === 'Returns')
		return toCsv(
			['returnId', 'rma', 'externalReturnId', 'status'],
			db.returns.all().map((r) => [r.id, r.rma, r.externalReturnId, r.status]),
		);
	if (family === 'Parcel')
		return toCsv(
			['parcelId', 'trackingCode', 'carrierCode', 'price'],
			db.parcels.all().map((p) => [p.parcelId, p.trackingCode, p.carrierCode, p.price]),
		);
	return toCsv(['reportType', 'rows'], [[reportType, 0]]);
}

function plain(res, status, text) {
	const body = Buffer.from(text);
	send(res, status, body, {
		'Content-Type': 'text/plain; charset=utf-8',
		'Content-Length': body.length,
	});
}

function sendFile(res, bytes, contentType, fileName) {
	send(res, 200, bytes, {
		'Content-Type': contentType,
		'Content-Length': bytes.length,
		'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
	});
}

function createDownloadHandler({ db, clock, stats }) {
	return async function handleDownload(req, res, url) {
		stats.downloads += 1;
		if (url.pathname === '/logistics/uploads') {
			await readBody(req);
			if (req.method !== 'POST') return plain(res, 405, 'Upload with POST');
			return send(res, 204, Buffer.alloc(0), {});
		}
		if (req.method !== 'GET') return plain(res, 405, 'Downloads are GET only');
		const report = /^\/logistics\/downloads\/reports\/([^/]+)\.csv$/.exec(url.pathname);
		if (report) {
			const record = db.reports.get(decodeURIComponent(report[1]));
			const state = record && record[INTERNAL];
			if (!state || !state.signature || url.searchParams.get('signature') !== state.signature)
				return plain(res, 403, 'AccessDenied: the signature does not match');
			if (clock.now() > state.urlExpiresAt)
				return plain(res, 403, 'AccessDenied: the URL has expired; get the report status again');
			const csv = Buffer.from(reportCsv(db, state.request.reportType));
			return sendFile(res, csv, 'text/csv; charset=utf-8', `${record.reportReference}.csv`);
		}
		const file = /^\/logistics\/downloads\/(labels|documents)\/([^/]+)$/.exec(url.pathname);
		if (file) {
			const name = decodeURIComponent(file[2]);
			return sendFile(
				res,
				makePdf(`Flexport Logistics ${file[1]}: ${name}`),
				'application/pdf',
				name,
			);
		}
		return plain(res, 404, `No file at ${url.pathname}`);
	};
}

module.exports = { createDownloadHandler, reportCsv };
