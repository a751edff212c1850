'use strict';

// Answers of a compromised or misconfigured API host, switched on by the hostile-host faults of
// faults.js (redirect, echoCredentials, dribble, padBody, listTamper) and applied by api.js.

/** The credential of a request in the forms a careless server might echo it in. */
function echoMessage(req) {
	const authorization = String(req.headers.authorization || '');
	const credential = authorization.replace(/^\S+\s+/, '');
	return [
		`Credential not accepted: ${authorization}`,
		`raw ${credential}`,
		`url-encoded ${encodeURIComponent(credential)}`,
		`base64 ${Buffer.from(credential).toString('base64')}`,
		`in JSON ${JSON.stringify({ access_token: credential })}`,
	].join('; ');
}

/** Answers a request a redirect or echo fault took over; returns whether it did. */
function answerHostile({ req, res, entry, decision, state, sendError, HttpError }) {
	if (decision.action === 'redirect') {
		entry.fault = 'redirect';
		entry.status = decision.status;
		state.stats.byStatus[decision.status] = (state.stats.byStatus[decision.status] || 0) + 1;
		res.writeHead(decision.status, { Location: decision.location, 'Content-Length': 0 });
		res.end();
		return true;
	}
	if (decision.action === 'echoCredentials') {
		entry.fault = 'echoCredentials';
		sendError(res, entry, new HttpError(decision.status, 'credential_echo', echoMessage(req)), 2);
		return true;
	}
	return false;
}

/**
 * Sends `body` one byte every `dribbleMs`, or wrapped around `padBytes` of padding (chunked, no
 * Content-Length), until done or the client goes away. Returns whether such a fault applied.
 */
function sendHostileBody(res, status, headers, body, options, delay) {
	const { dribbleMs, padBytes } = options;
	if (!dribbleMs && !padBytes) return false;
	const gone = () => res.destroyed || res.writableEnded;
	if (dribbleMs) {
		res.writeHead(status, { ...headers, 'Content-Length': body.length });
		(async () => {
			for (let index = 0; index < body.length && !gone(); index++) {
				res.write(body.subarray(index, index + 1));
				await delay(dribbleMs);
			}
			if (!gone()) res.end();
		})();
		return true;
	}
	res.writeHead(status, headers);
	const chunk = Buffer.alloc(1024 * 1024, 'x');
	(async () => {
		res.write('{"_pad":"');
		for (let sent = 0; sent < padBytes && !gone(); sent += chunk.length) {
			const piece = chunk.subarray(0, Math.min(chunk.length, padBytes - sent));
			if (!res.write(piece)) await new Promise((resolve) => res.once('drain', resolve));
		}
		if (!gone()) res.end(`",${body.toString('utf8').slice(1)}`);
	})();
	return true;
}

/**
 * Runs a list handler as a tampering host would: with `records: 'firstPage'` it reads page 1
 * whatever page was asked for, while the links still point onwards from the page asked for.
 */
function handleList(decision, searchParams, handle) {
	const asked = Number(searchParams.get('page') || 1);
	if (decision.listTamper?.records !== 'firstPage' || asked === 1) return handle(searchParams);
	const params = new URLSearchParams(searchParams);
	params.set('page', '1');
	const result = handle(params);
	if (result.page) result.page = { ...result.page, page: asked };
	return result;
}

/** A list page as a tampering host sends it: a false total_count, a next link to itself. */
function tamperList(decision, { links, totalCount, selfUrl }) {
	const tamper = decision.listTamper;
	if (!tamper) return { links, totalCount };
	return {
		links: tamper.next === 'self' ? { ...links, next: selfUrl } : links,
		totalCount: tamper.totalCount === undefined ? totalCount : Number(tamper.totalCount),
	};
}

module.exports = { answerHostile, sendHostileBody, handleList, tamperList, echoMessage };
