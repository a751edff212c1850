'use strict';

// Delivers a webhook the way Flexport does (docs/reference/flexport-api.md §9): POST of the
// Event JSON, signed with HMAC-SHA256 (X-Hub-Signature-256) and HMAC-SHA1
// (X-Hub-Signature) over the exact raw body. Options produce the broken
// deliveries a receiver must reject. Only loopback targets are allowed.

const crypto = require('node:crypto');
const http = require('node:http');
const net = require('node:net');

const DELIVERY_TIMEOUT_MS = 10000;

function isLoopbackHost(hostname) {
	const host = hostname.replace(/^\[|\]$/g, '');
	if (host === 'localhost') return true;
	if (net.isIPv4(host)) return host.startsWith('127.');
	return host === '::1';
}

function sign(algorithm, secret, rawBody) {
	return crypto.createHmac(algorithm, secret).update(rawBody, 'utf8').digest('hex');
}

/** Changes the payload after it was signed, as an attacker would. */
function tamper(rawBody) {
	try {
		const parsed = JSON.parse(rawBody);
		if (parsed && typeof parsed === 'object') {
			parsed.type =
				parsed.type === '/shipment#delivered_in_full'
					? '/shipment#created'
					: '/shipment#delivered_in_full';
			return JSON.stringify(parsed);
		}
	} catch {
		// not JSON: fall through
	}
	return `${rawBody} `;
}

/**
 * Sends `event` to `targetUrl`. Options: secret, algorithms (['sha256','sha1']),
 * prefix (true: "sha256=<hex>"), tamperBody, omitSignature, wrongSecret,
 * rawBody (send exactly this text), headers (extra headers), method ('POST'),
 * timeoutMs (10000), chunkSize (send without Content-Length, chunked, in pieces of this many
 * bytes, and stop writing once the receiver answers).
 * Resolves { status, body, headers: the request headers that were sent, bytesSent: body bytes
 * written before the answer came }.
 */
function sendWebhook(targetUrl, event, options = {}) {
	const url = new URL(targetUrl);
	if (url.protocol !== 'http:')
		return Promise.reject(
			new Error('sendWebhook only delivers over http:// to loopback addresses'),
		);
	if (!isLoopbackHost(url.hostname))
		return Promise.reject(new Error(`sendWebhook refuses non-loopback target ${url.hostname}`));

	const {
		secret,
		algorithms = ['sha256', 'sha1'],
		prefix = true,
		tamperBody = false,
		omitSignature = false,
		wrongSecret = false,
	} = options;
	const signedBody =
		options.rawBody !== undefined ? String(options.rawBody) : JSON.stringify(event);
	const headers = {
		'Content-Type': 'application/json',
		'User-Agent': 'Flexport-Webhook-Simulator/1.0',
		...(options.headers || {}),
	};
	if (!omitSignature) {
		if (!secret)
			return Promise.reject(new Error('sendWebhook needs options.secret (or omitSignature: true)'));
		const signingSecret = wrongSecret ? `${secret}-not-the-right-one` : secret;
		if (algorithms.includes('sha256'))
			headers['X-Hub-Signature-256'] =
				`${prefix ? 'sha256=' : ''}${sign('sha256', signingSecret, signedBody)}`;
		if (algorithms.includes('sha1'))
			headers['X-Hub-Signature'] =
				`${prefix ? 'sha1=' : ''}${sign('sha1', signingSecret, signedBody)}`;
	}
	const sentBody = Buffer.from(tamperBody ? tamper(signedBody) : signedBody, 'utf8');
	const chunkSize = Number(options.chunkSize) || 0;
	if (chunkSize <= 0) headers['Content-Length'] = sentBody.length;

	return new Promise((resolve, reject) => {
		let bytesSent = 0;
		let answered = false;
		const request = http.request(
			url,
			{
				method: options.method || 'POST',
				headers,
				timeout: options.timeoutMs || DELIVERY_TIMEOUT_MS,
			},
			(response) => {
				answered = true;
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => {
					resolve({
						status: response.statusCode,
						body: Buffer.concat(chunks).toString('utf8'),
						headers: { ...headers },
						bytesSent,
					});
					if (bytesSent < sentBody.length) request.destroy();
				});
				response.on('error', reject);
			},
		);
		request.on('timeout', () =>
			request.destroy(new Error(`Webhook delivery to ${targetUrl} timed out`)),
		);
		request.on('error', reject);
		if (chunkSize <= 0) {
			bytesSent = sentBody.length;
			request.end(sentBody);
			return;
		}
		const writeNext = () => {
			while (!answered && bytesSent < sentBody.length) {
				const chunk = sentBody.subarray(bytesSent, bytesSent + chunkSize);
				bytesSent += chunk.length;
				if (!request.write(chunk)) {
					request.once('drain', writeNext);
					return;
				}
			}
			if (!answered) request.end();
		};
		writeNext();
	});
}

module.exports = { sendWebhook, isLoopbackHost };
