/**
 * Secret redaction for text that may reach a user or a log: error messages, descriptions, links.
 * A server that received a credential can echo it in any form, so each known secret is removed as
 * it is, URL-encoded, JSON-escaped and base64-encoded, and credentials in well-known shapes
 * (Authorization schemes, token fields, JWTs) are removed whatever their value.
 */

const REDACTED = '[redacted]';

/** The forms a secret takes in headers, URLs, JSON bodies and Basic credentials. */
function formsOf(secret: string): string[] {
	const base64 = Buffer.from(secret).toString('base64');
	const forms = [
		secret,
		encodeURIComponent(secret),
		encodeURIComponent(secret).replace(/%20/g, '+'),
		JSON.stringify(secret).slice(1, -1),
		base64,
		base64.replace(/=+$/, ''),
		base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
	];
	return [...new Set(forms)].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
}

const SHAPES: Array<[RegExp, string]> = [
	// Authorization: Bearer …, Basic … (also URL-encoded: Bearer%20…); short words are prose
	[/\b(Bearer|Basic|Digest)(\s+|%20|\+)[A-Za-z0-9\-._~+/%]{8,}=*/gi, `$1$2${REDACTED}`],
	// "access_token": "…", access_token=…, client_secret: …
	[
		/((?:access|refresh|id)_?token|client_?secret|api_?key|password|authorization)("?\s*[:=]\s*"?)(?!\[redacted\])[^"&\s,;}]+/gi,
		`$1$2${REDACTED}`,
	],
	// JSON Web Tokens
	[/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
];

/** Removes credentials in well-known shapes, whatever their value. */
export function redactCredentialShapes(text: string): string {
	let result = text;
	for (const [pattern, replacement] of SHAPES) result = result.replace(pattern, replacement);
	return result;
}

/**
 * Removes every occurrence of the given secrets, in each of their forms, and then credentials in
 * well-known shapes.
 */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
	let result = text;
	for (const secret of secrets) {
		if (!secret || secret.length < 4) continue;
		for (const form of formsOf(secret)) result = result.split(form).join(REDACTED);
	}
	return redactCredentialShapes(result);
}
