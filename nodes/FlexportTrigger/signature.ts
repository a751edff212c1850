/**
 * Flexport webhook signatures (docs/reference/flexport-api.md §9.2): HMAC over the exact raw body with the
 * endpoint's secret token, sent as X-Hub-Signature-256 (SHA-256) and X-Hub-Signature (SHA-1).
 * Whether the value carries a "sha256=" prefix is unconfirmed, so both forms are accepted.
 * No n8n side effects; unit-tested branch by branch.
 */
import { createHmac } from 'crypto';

import { MAX_DELIVERY_BYTES } from '../shared/triggers/body';
import { type HeaderBag, headerValue } from '../shared/triggers/headers';
import { constantTimeEqual } from '../shared/triggers/secrets';

export { type HeaderBag, headerValue };

export const SHA256_HEADER = 'x-hub-signature-256';
export const SHA1_HEADER = 'x-hub-signature';

/** Deliveries larger than this are refused with 413 before any signature work. */
export const MAX_BODY_BYTES = MAX_DELIVERY_BYTES;

export type SignatureAlgorithm = 'sha256' | 'sha1';

export type SignatureFailure =
	/** The credential has no secret: nothing can be verified. */
	| 'no-secret'
	/** Neither signature header was sent. */
	| 'missing-signature'
	/** Only X-Hub-Signature (SHA-1) was sent and SHA-1 is not allowed. */
	| 'sha1-not-allowed'
	/** The header is not "<prefix>=<hex>" or "<hex>" of the right length. */
	| 'malformed-signature'
	/** Well-formed, but not the HMAC of this body with this secret. */
	| 'signature-mismatch';

export type SignatureVerdict =
	| { valid: true; algorithm: SignatureAlgorithm }
	| { valid: false; reason: SignatureFailure; algorithm?: SignatureAlgorithm };

const HEX_LENGTH: Record<SignatureAlgorithm, number> = { sha256: 64, sha1: 40 };

/** "sha256=ABC…" or "abc…" → the digest bytes, or undefined if the value is not a well-formed signature. */
export function parseSignature(value: string, algorithm: SignatureAlgorithm): Buffer | undefined {
	let hex = value.trim();
	const prefix = `${algorithm}=`;
	if (hex.toLowerCase().startsWith(prefix)) hex = hex.slice(prefix.length);
	if (hex.length !== HEX_LENGTH[algorithm] || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
	return Buffer.from(hex, 'hex');
}

export function computeSignature(
	algorithm: SignatureAlgorithm,
	secret: string,
	rawBody: Buffer,
): Buffer {
	return createHmac(algorithm, secret).update(rawBody).digest();
}

function check(
	algorithm: SignatureAlgorithm,
	value: string,
	secret: string,
	rawBody: Buffer,
): SignatureVerdict {
	const received = parseSignature(value, algorithm);
	if (!received) return { valid: false, reason: 'malformed-signature', algorithm };
	const expected = computeSignature(algorithm, secret, rawBody);
	return constantTimeEqual(received, expected)
		? { valid: true, algorithm }
		: { valid: false, reason: 'signature-mismatch', algorithm };
}

export interface VerifyOptions {
	/** Accept X-Hub-Signature (SHA-1) when no SHA-256 signature was sent. Off by default. */
	allowSha1?: boolean;
}

/**
 * Verifies a delivery. When X-Hub-Signature-256 is present it alone decides, so a correct SHA-1
 * signature can never rescue a wrong SHA-256 one. SHA-1 is only consulted when SHA-256 is absent
 * and `allowSha1` is on.
 */
export function verifyFlexportSignature(
	rawBody: Buffer,
	headers: HeaderBag,
	secret: string,
	options: VerifyOptions = {},
): SignatureVerdict {
	if (typeof secret !== 'string' || secret === '') return { valid: false, reason: 'no-secret' };
	const sha256 = headerValue(headers, SHA256_HEADER);
	if (sha256 !== undefined && sha256.trim() !== '') return check('sha256', sha256, secret, rawBody);
	const sha1 = headerValue(headers, SHA1_HEADER);
	if (sha1 !== undefined && sha1.trim() !== '') {
		if (!options.allowSha1) return { valid: false, reason: 'sha1-not-allowed', algorithm: 'sha1' };
		return check('sha1', sha1, secret, rawBody);
	}
	return { valid: false, reason: 'missing-signature' };
}

/** Human-readable reason, safe to send back to the caller (no secret or digest in it). */
export function describeSignatureFailure(reason: SignatureFailure): string {
	switch (reason) {
		case 'no-secret':
			return 'The n8n credential has no webhook secret, so the delivery cannot be verified';
		case 'missing-signature':
			return 'The request carries no X-Hub-Signature-256 or X-Hub-Signature header';
		case 'sha1-not-allowed':
			return 'Only an SHA-1 signature (X-Hub-Signature) was sent, and SHA-1 signatures are not allowed on this trigger';
		case 'malformed-signature':
			return 'The signature header is not a hexadecimal HMAC digest';
		case 'signature-mismatch':
			return 'The signature does not match the body and the configured secret';
	}
}

export const MIN_SECRET_LENGTH = 16;

/**
 * Local check behind the credential test: Flexport has no API that could confirm a webhook
 * secret, so this only catches what would certainly fail or be unsafe.
 */
export function assessWebhookSecret(secret: unknown): { status: 'OK' | 'Error'; message: string } {
	if (typeof secret !== 'string' || secret === '')
		return { status: 'Error', message: 'Enter the secret token of the Flexport webhook endpoint' };
	if (secret.trim() !== secret) {
		return {
			status: 'Error',
			message:
				'The secret starts or ends with whitespace; Flexport signs with the exact text, so remove it here and in Flexport',
		};
	}
	if (secret.length < MIN_SECRET_LENGTH) {
		return {
			status: 'Error',
			message: `The secret is shorter than ${MIN_SECRET_LENGTH} characters; use a longer random value here and in Flexport`,
		};
	}
	return {
		status: 'OK',
		message:
			'The secret is usable. Flexport cannot be asked whether it matches the endpoint: send a test delivery from Flexport to confirm.',
	};
}
