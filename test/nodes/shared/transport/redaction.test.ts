import { redactSecrets } from '../../../../nodes/shared/transport/redaction';

describe('redactSecrets', () => {
	it('redacts every secret it is given', () => {
		expect(redactSecrets('a secret-1 and secret-1 b', ['secret-1', undefined, ''])).toBe(
			'a [redacted] and [redacted] b',
		);
	});
});

describe('redactSecrets: every form a server may echo a secret in', () => {
	const secret = 'sk_live/a+b=c"d';

	it.each([
		['as it is', secret],
		['URL-encoded', encodeURIComponent(secret)],
		['form-encoded', encodeURIComponent(secret).replace(/%20/g, '+')],
		['JSON-escaped', JSON.stringify(secret).slice(1, -1)],
		['base64', Buffer.from(secret).toString('base64')],
		['base64 without padding', Buffer.from(secret).toString('base64').replace(/=+$/, '')],
		['base64url', Buffer.from(secret).toString('base64url')],
	])('%s', (_form, echoed) => {
		const text = `the server said: ${echoed} (twice: ${echoed})`;
		expect(redactSecrets(text, [secret])).toBe('the server said: [redacted] (twice: [redacted])');
	});
});

describe('redactSecrets: credentials in well-known shapes, whatever their value', () => {
	it.each([
		['Authorization: Bearer abcdefgh12345678', 'Authorization: [redacted] [redacted]'],
		['auth Bearer%20abcdefgh12345678 in a URL', 'auth Bearer%20[redacted] in a URL'],
		['header Basic dXNlcjpwYXNzd29yZA==', 'header Basic [redacted]'],
		['{"access_token":"opaque-value-1"}', '{"access_token":"[redacted]"}'],
		['?client_secret=s3cr3t&x=1', '?client_secret=[redacted]&x=1'],
		['refresh_token: r-123456', 'refresh_token: [redacted]'],
		['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end', 'jwt [redacted] end'],
	])('%s', (text, expected) => {
		expect(redactSecrets(text, [])).toBe(expected);
	});

	it('leaves prose alone: "Token URL", "Response Token Key", a field named access_token', () => {
		const text =
			'The token response has no "access_token" field. Check the Token URL and "Response Token Key". Bearer token rejected.';
		expect(redactSecrets(text, [])).toBe(text);
	});
});
