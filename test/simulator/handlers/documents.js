'use strict';

// Documents: upload (base64 body) and download of the stored bytes.

const { isoDateTime } = require('../store');
const { badRequest, notFound } = require('../http-util');
const { buildDocumentRecord } = require('../seed-shipments');
const { newOpaqueId, requireRecord } = require('./records');

function createDocument(ctx) {
	const { db, body, links } = ctx;
	requireRecord(db.shipments, body.shipment_id, 'shipment_id');
	const bytes = Buffer.from(body.document, 'base64');
	if (bytes.length === 0) throw badRequest('document must contain the base64-encoded file content');
	const id = `FTP-${newOpaqueId()}`;
	db.documentFiles.set(id, { bytes, mimeType: body.mime_type, fileName: body.file_name });
	const record = buildDocumentRecord({
		id,
		fileName: body.file_name,
		documentType: body.document_type,
		memo: body.memo,
		size: bytes.length,
		uploadedAt: isoDateTime(ctx.now),
		shipmentId: body.shipment_id,
		links,
	});
	return { data: db.documents.insert(record) };
}

function downloadDocument(ctx) {
	const { id } = ctx.pathParams;
	const file = ctx.db.documentFiles.get(id);
	if (!ctx.db.documents.get(id) || !file) throw notFound(`Document ${id} not found`);
	return { file };
}

module.exports = { createDocument, downloadDocument };
