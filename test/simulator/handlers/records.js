'use strict';

// What several handler modules need: opaque ids like Flexport's, and a 400 for a
// body that names a record which does not exist.

const crypto = require('node:crypto');
const { badRequest } = require('../http-util');

const newOpaqueId = () => crypto.randomBytes(16).toString('base64url').slice(0, 22);

function requireRecord(collection, id, what) {
	const record = collection.get(id);
	if (!record) throw badRequest(`${what} ${JSON.stringify(id)} does not exist`);
	return record;
}

module.exports = { newOpaqueId, requireRecord };
