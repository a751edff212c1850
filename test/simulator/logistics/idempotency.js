'use strict';

// `idempotency-key` on POST/PATCH (spec/flexport-logistics-api.md "Headers, idempotency"). The
// first request with a key stores the handler's answer; a repeat with the same method, path and
// body replays it with `idempotent-replayed: true`. Replay semantics are undocumented, so what a
// repeat with another body gets is the `idempotencyMismatch` setting. Keys are per account and
// expire after `idempotencyTtlMs` of simulator time.

const crypto = require('node:crypto');

/** Key order does not matter for "the same body". */
function canonical(value) {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
			.join(',')}}`;
	return JSON.stringify(value ?? null);
}

function fingerprint({ method, path, search, body }) {
	return crypto
		.createHash('sha256')
		.update(`${method} ${path}?${search}\n${canonical(body)}`)
		.digest('hex');
}

class IdempotencyStore {
	constructor({ clock }) {
		this.clock = clock;
		this.entries = new Map();
		this.stats = { stored: 0, replayed: 0, mismatches: 0 };
	}

	static applies(operation, settings) {
		if (!operation.takesIdempotencyKey) return false;
		if (settings.idempotency === 'all') return true;
		if (settings.idempotency === 'none') return false;
		return settings.idempotency.includes(operation.operationId);
	}

	/**
	 * Looks a key up. Returns null (new key), { replay: stored } or { mismatch: true }.
	 * `request` = { account, key, method, path, search, body }.
	 */
	lookup(request, settings) {
		const id = `${request.account} ${request.key}`;
		const entry = this.entries.get(id);
		if (!entry) return null;
		if (this.clock.now() - entry.at > settings.idempotencyTtlMs) {
			this.entries.delete(id);
			return null;
		}
		if (entry.fingerprint === fingerprint(request)) {
			this.stats.replayed += 1;
			return { replay: entry.response };
		}
		this.stats.mismatches += 1;
		return { mismatch: true, replay: entry.response };
	}

	/** Stores `response` = { status, headers, body (Buffer) } for the key. */
	save(request, response) {
		this.entries.set(`${request.account} ${request.key}`, {
			at: this.clock.now(),
			fingerprint: fingerprint(request),
			response,
		});
		this.stats.stored += 1;
	}

	resetStats() {
		this.stats = { stored: 0, replayed: 0, mismatches: 0 };
	}
}

module.exports = { IdempotencyStore };
