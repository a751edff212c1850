'use strict';

const { showRequest, withoutTokenReplays } = require('./report');

const request = (method, path, status, authorization, query = {}) => ({
	method,
	path,
	status,
	query,
	headers: authorization ? { authorization } : {},
});

test('a request without a token that got 401 and was repeated at once is a token replay', () => {
	const seen = [
		request('GET', '/shipments', 401, undefined, { per: '10' }),
		request('GET', '/shipments', 200, 'Bearer <redacted>', { per: '10' }),
		request('GET', '/shipments/1', 200, 'Bearer <redacted>'),
	];
	expect(withoutTokenReplays(seen)).toEqual({ requests: seen.slice(1), replays: 1 });
});

test('other 401s stay: with a token, not repeated, or repeated with other parameters', () => {
	const seen = [
		request('GET', '/a', 401, 'Bearer <redacted>'),
		request('GET', '/a', 200, 'Bearer <redacted>'),
		request('GET', '/b', 401, undefined, { per: '1' }),
		request('GET', '/b', 200, 'Bearer <redacted>', { per: '2' }),
		request('GET', '/c', 401, undefined),
	];
	expect(withoutTokenReplays(seen)).toEqual({ requests: seen, replays: 0 });
});

test('a request is shown as method, path with query, and status', () => {
	expect(
		showRequest(request('GET', '/shipments', 200, 'x', { 'f.status': 'departure_port', per: '5' })),
	).toBe('GET /shipments?f.status=departure_port&per=5 → 200');
	expect(showRequest(request('PATCH', '/shipments/1', 200, 'x'))).toBe('PATCH /shipments/1 → 200');
});
