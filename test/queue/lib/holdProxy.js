'use strict';

/**
 * A pass-through HTTP proxy on 127.0.0.1 in front of the simulator that can hold requests: the next
 * `count` requests whose path starts with `pathPrefix` wait until `release()`, so several n8n
 * processes meet Flexport at the same moment. It can also answer paths with a redirect elsewhere
 * (a compromised or misconfigured host). Everything else is forwarded at once.
 *
 *   const proxy = await startHoldProxy(sim.url);   // credential baseUrl: proxy.url (or setTarget later)
 *   proxy.hold({ count: 3, pathPrefix: '/shipments' });
 *   await proxy.waitForHeld(3, 120_000);
 *   proxy.release();
 *   proxy.redirect({ pathPrefix: '/oauth/token', status: 307, to: trapUrl });   // Location: trapUrl + path
 *   await proxy.close();
 */

const http = require('http');

async function startHoldProxy(targetUrl) {
	let target = targetUrl ? new URL(targetUrl) : null;
	let rule = null;
	let held = [];
	const redirects = [];
	const sockets = new Set();

	const forward = (req, res, body) => {
		const upstream = http.request(
			{
				host: target.hostname,
				port: target.port,
				method: req.method,
				path: req.url,
				headers: { ...req.headers, host: target.host },
			},
			(answer) => {
				res.writeHead(answer.statusCode, answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on('error', () => res.destroy());
		upstream.end(body);
	};

	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			const redirect = redirects.find((r) => req.url.startsWith(r.pathPrefix));
			if (redirect) {
				res.writeHead(redirect.status, {
					Location: `${redirect.to}${req.url}`,
					'Content-Length': 0,
				});
				res.end();
				return;
			}
			if (rule && rule.count > 0 && req.url.startsWith(rule.pathPrefix)) {
				rule.count--;
				held.push(() => forward(req, res, body));
				return;
			}
			forward(req, res, body);
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

	return {
		url: `http://127.0.0.1:${server.address().port}`,
		setTarget(url) {
			target = new URL(url);
		},
		hold({ count, pathPrefix = '/' }) {
			rule = { count, pathPrefix };
		},
		redirect({ pathPrefix, status = 302, to }) {
			redirects.push({ pathPrefix, status, to });
		},
		get heldCount() {
			return held.length;
		},
		async waitForHeld(count, timeoutMs) {
			const deadline = Date.now() + timeoutMs;
			while (held.length < count) {
				if (Date.now() > deadline)
					throw new Error(
						`only ${held.length} of ${count} requests arrived within ${timeoutMs} ms`,
					);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		/** Sends every held request on, all in the same tick. */
		release() {
			const waiting = held;
			held = [];
			rule = null;
			for (const send of waiting) send();
			return waiting.length;
		},
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

module.exports = { startHoldProxy };
