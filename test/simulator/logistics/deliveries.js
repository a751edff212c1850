'use strict';

// Logistics events and webhook deliveries. An emitted event is stored for GET /events and sent to
// every registered webhook of its type with the webhook's method and auth (TOKEN: the token in the
// header named tokenHeader; BASIC_AUTH; NONE). A delivery that does not get a 2xx is retried the
// way Flexport documents (first retry after ~5 min, then exponential up to 1 h, 10 attempts),
// compressed by the `webhookRetry` setting. Every attempt carries the same logisticsEventId.
// Deliveries go to loopback hosts only (test/simulator/webhooks.js); others are recorded as
// skipped.

const crypto = require('node:crypto');
const { INTERNAL } = require('../store');
const { sendWebhook, isLoopbackHost } = require('../webhooks');

const POLL_MS = 20;

function createDeliveries({ db, settings, records, clock, timers }) {
	const attempts = [];
	let closed = false;

	function schedule(ms, run) {
		const timer = setTimeout(() => {
			timers.delete(timer);
			if (!closed) run();
		}, ms);
		timers.add(timer);
	}

	function retryDelay(attempt) {
		const { firstDelayMs, factor, maxDelayMs } = settings.get().webhookRetry;
		return Math.min(firstDelayMs * factor ** (attempt - 1), maxDelayMs);
	}

	function requestFor(webhook) {
		const headers = {
			'Content-Type': 'application/json',
			'User-Agent': 'Flexport-Logistics-Webhooks-Simulator',
		};
		if (webhook.authMethod === 'TOKEN') headers[webhook.tokenHeader] = webhook.token;
		if (webhook.authMethod === 'BASIC_AUTH')
			headers.Authorization = `Basic ${Buffer.from(`${webhook.username}:${webhook.password}`).toString('base64')}`;
		let url = new URL(webhook.url);
		if (
			url.protocol === 'https:' &&
			settings.get().deliverHttpsAsHttp &&
			isLoopbackHost(url.hostname)
		)
			url = new URL(webhook.url.replace(/^https:/, 'http:'));
		return { url, headers };
	}

	function record(entry) {
		attempts.push({ at: clock.now(), ...entry });
		if (attempts.length > 5000) attempts.splice(0, attempts.length - 5000);
	}

	async function attempt(webhookId, event, number, deliveryId) {
		const webhook = db.webhooks.get(webhookId);
		const base = {
			deliveryId,
			webhookId,
			logisticsEventId: event.id,
			type: event.type,
			attempt: number,
		};
		if (!webhook) {
			record({ ...base, outcome: 'abandoned', error: 'the webhook was deleted' });
			return;
		}
		const { url, headers } = requestFor(webhook);
		const entry = {
			...base,
			url: webhook.url,
			method: webhook.method,
			headerNames: Object.keys(headers),
		};
		if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname)) {
			record({ ...entry, outcome: 'skipped', error: 'not a loopback http(s) URL' });
			return;
		}
		let status = null;
		let error = null;
		try {
			const result = await sendWebhook(url.toString(), null, {
				omitSignature: true,
				rawBody: JSON.stringify(event[INTERNAL].webhook),
				headers,
				method: webhook.method,
				timeoutMs: settings.get().webhookTimeoutMs,
			});
			status = result.status;
		} catch (failure) {
			error = failure.message;
		}
		const delivered = status !== null && status >= 200 && status < 300;
		const last = number >= settings.get().webhookRetry.attempts;
		let outcome = 'delivered';
		if (!delivered) outcome = last ? 'failed' : 'retrying';
		record({ ...entry, status, error, outcome });
		if (!delivered && !last && !closed)
			schedule(retryDelay(number), () => attempt(webhookId, event, number + 1, deliveryId));
	}

	/** Sends a stored event to every webhook of its type; returns the webhook ids. */
	function deliver(event) {
		const targets = db.webhooks.all().filter((webhook) => webhook.type === event.type);
		for (const webhook of targets) {
			const deliveryId = crypto.randomUUID();
			schedule(0, () => attempt(webhook.id, event, 1, deliveryId));
		}
		return targets.map((webhook) => webhook.id);
	}

	/** Stores a new event of `type` (payload fields from `fields`) and delivers it. */
	function emit(type, fields = {}, { deliverNow = true, time } = {}) {
		const event = records.event({
			id: crypto.randomUUID(),
			type,
			time: time ?? clock.now(),
			fields,
		});
		db.events.insert(event);
		const webhookIds = deliverNow ? deliver(event) : [];
		return { event, webhookIds };
	}

	/** Delivers a stored event again (Flexport retries for a day; receivers must dedupe). */
	function redeliver(logisticsEventId) {
		const event = db.events.get(logisticsEventId);
		if (!event) throw new Error(`No event ${logisticsEventId}`);
		return { event, webhookIds: deliver(event) };
	}

	/** Waits (bounded) until `predicate(attempts)` holds; resolves with the attempts. */
	async function waitFor(predicate, { timeoutMs = 5000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		while (!predicate(attempts)) {
			if (Date.now() > deadline)
				throw new Error(`Webhook deliveries not as expected after ${timeoutMs} ms`);
			await new Promise((resolve) => setTimeout(resolve, POLL_MS));
		}
		return attempts;
	}

	return {
		emit,
		redeliver,
		waitFor,
		attempts: () => attempts.slice(),
		clear: () => attempts.splice(0, attempts.length),
		close: () => {
			closed = true;
		},
	};
}

module.exports = { createDeliveries };
