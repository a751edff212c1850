'use strict';

// Fault injection for API and token requests. Count-based faults hit the
// next N matching requests and then disappear; `rateLimitPerSecond` is a token
// bucket that stays until cleared. `pathFilter` (global or per fault) limits a
// fault to paths starting with it; `methods` limits it to those HTTP methods.
// A counted fault with `fraction` (0..1) hits each matching request with that
// probability instead (then `count`, if given, caps the hits). `after` (true or a
// probability) and `ms` (hang only) are passed on in the decision: the Logistics
// pipeline (test/simulator/logistics/pipeline.js) then fails the response after
// handling the request and ends a hang after `ms`; the freight pipeline applies
// every fault before handling. Faults never apply to /__sim/ control requests.

// Hostile-host faults (test/nodes/Flexport/faults.test.ts, issue 18): `redirect` answers
// `status` (302) with Location `location`; `echoCredentials` answers `status` (400; 200 gives an
// `{error}` envelope in a 2xx) with the request's credential in several encodings in the message;
// `dribble` sends the body one byte every `intervalMs`; `padBody` streams `bytes` of padding
// inside the JSON; `listTamper` changes list answers: `totalCount` (a false total_count),
// `next: 'self'` (a next link to the same page), `records: 'firstPage'` (page 1 for every page).
// Hostile-host answers are written by hostile.js.
const COUNTED_API_FAULTS = [
	'hang',
	'connectionReset',
	'status429',
	'status5xx',
	'truncateBody',
	'redirect',
	'echoCredentials',
	'dribble',
	'padBody',
	'listTamper',
];
const TOKEN_FAULTS = ['hang', 'status5xx', 'nonJson', 'missingKey'];

class FaultInjector {
	constructor({ realNow = () => Date.now(), random = Math.random } = {}) {
		this.realNow = realNow;
		this.random = random;
		this.faults = {};
		this.bucket = null;
	}

	/** Merges fault settings; a fault given again replaces the earlier one. */
	set(settings = {}) {
		for (const [name, value] of Object.entries(settings)) {
			if (value === null || value === undefined) {
				delete this.faults[name];
			} else if (name === 'token') {
				this.faults.token = { ...(this.faults.token || {}), ...normaliseTokenFaults(value) };
			} else if (COUNTED_API_FAULTS.includes(name)) {
				this.faults[name] = normaliseCounted(value);
			} else {
				this.faults[name] = value;
			}
		}
		if ('rateLimitPerSecond' in settings) this.bucket = null;
		return this.snapshot();
	}

	clear() {
		this.faults = {};
		this.bucket = null;
	}

	snapshot() {
		return JSON.parse(JSON.stringify(this.faults));
	}

	applies(fault, method, path) {
		const pathFilter = fault.pathFilter || this.faults.pathFilter;
		if (pathFilter && !path.startsWith(pathFilter)) return false;
		if (fault.methods && !fault.methods.map((m) => m.toUpperCase()).includes(method)) return false;
		return true;
	}

	/** Consumes one use of a counted fault if it applies. */
	take(name, method, path) {
		const fault = this.faults[name];
		if (!fault || !this.applies(fault, method, path)) return null;
		if (fault.fraction !== undefined && !(this.random() < Number(fault.fraction))) return null;
		// `skip: N` lets the first N matching requests through (a fault on page 2, on a linked object).
		if (fault.skip > 0) {
			fault.skip -= 1;
			return null;
		}
		if (fault.count !== undefined) {
			fault.count -= 1;
			if (fault.count <= 0) delete this.faults[name];
		}
		return fault;
	}

	/** Whether a fault that was taken strikes after the request was handled. */
	strikesAfter(fault) {
		if (typeof fault.after === 'number') return this.random() < fault.after;
		return fault.after === true;
	}

	/**
	 * Decides what happens to an API request before it is handled.
	 * Returns { latencyMs, action, status, retryAfter, truncate }.
	 */
	decideApi(method, path) {
		const decision = { latencyMs: 0, action: null, status: null, retryAfter: null, truncate: null };
		const globalPathOk = !this.faults.pathFilter || path.startsWith(this.faults.pathFilter);
		if (this.faults.latencyMs && globalPathOk) decision.latencyMs = Number(this.faults.latencyMs);

		const hang = this.take('hang', method, path);
		if (hang)
			return { ...decision, action: 'hang', after: this.strikesAfter(hang), hangMs: hang.ms };
		const reset = this.take('connectionReset', method, path);
		if (reset) return { ...decision, action: 'connectionReset', after: this.strikesAfter(reset) };
		const forced429 = this.take('status429', method, path);
		if (forced429)
			return {
				...decision,
				action: 'rateLimited',
				status: 429,
				retryAfter: forced429.retryAfter ?? 1,
			};
		if (this.faults.rateLimitPerSecond && globalPathOk) {
			const wait = this.consumeBucket(Number(this.faults.rateLimitPerSecond));
			if (wait !== null)
				return { ...decision, action: 'rateLimited', status: 429, retryAfter: wait };
		}
		const serverError = this.take('status5xx', method, path);
		if (serverError)
			return {
				...decision,
				action: 'status5xx',
				status: serverError.status || 503,
				after: this.strikesAfter(serverError),
			};
		const redirect = this.take('redirect', method, path);
		if (redirect)
			return {
				...decision,
				action: 'redirect',
				status: redirect.status || 302,
				location: redirect.location,
			};
		const echo = this.take('echoCredentials', method, path);
		if (echo) return { ...decision, action: 'echoCredentials', status: echo.status ?? 400 };
		const truncate = this.take('truncateBody', method, path);
		if (truncate) decision.truncate = { mode: truncate.mode || 'end' };
		const dribble = this.take('dribble', method, path);
		if (dribble) decision.dribbleMs = Number(dribble.intervalMs || 300);
		const pad = this.take('padBody', method, path);
		if (pad) decision.padBytes = Number(pad.bytes);
		const tamper = this.take('listTamper', method, path);
		if (tamper) decision.listTamper = tamper;
		return decision;
	}

	/** Token bucket of `rate` requests per second (burst = rate). Returns null or seconds to wait. */
	consumeBucket(rate) {
		const now = this.realNow();
		if (!this.bucket) this.bucket = { tokens: rate, last: now };
		const elapsedSeconds = (now - this.bucket.last) / 1000;
		this.bucket.tokens = Math.min(rate, this.bucket.tokens + elapsedSeconds * rate);
		this.bucket.last = now;
		if (this.bucket.tokens >= 1) {
			this.bucket.tokens -= 1;
			return null;
		}
		return Math.max(1, Math.ceil((1 - this.bucket.tokens) / rate));
	}

	/** Decides what happens to a token request: { latencyMs, action } (action from TOKEN_FAULTS or null). */
	decideToken() {
		const token = this.faults.token;
		if (!token) return { latencyMs: 0, action: null };
		const latencyMs = Number(token.latencyMs || 0);
		for (const name of TOKEN_FAULTS) {
			if (token[name] > 0) {
				token[name] -= 1;
				return {
					latencyMs,
					action: name,
					status: name === 'status5xx' ? token.status || 503 : null,
				};
			}
		}
		return { latencyMs, action: null };
	}
}

function normaliseCounted(value) {
	if (typeof value === 'number') return { count: value };
	if (value.count === undefined && value.fraction !== undefined) return { ...value };
	return { ...value, count: value.count === undefined ? 1 : Number(value.count) };
}

function normaliseTokenFaults(value) {
	const normalised = { ...value };
	for (const name of TOKEN_FAULTS)
		if (normalised[name] !== undefined) normalised[name] = Number(normalised[name]);
	return normalised;
}

module.exports = { FaultInjector };
