/**
 * Comparing what a webhook delivery presents (a signature, a token) with what the trigger expects,
 * in constant time: the time taken says nothing about how much of the value was right, nor (as
 * both sides are hashed first) how long the expected value is.
 */
import { createHash, timingSafeEqual } from 'crypto';

function sha256(value: Buffer | string): Buffer {
	return createHash('sha256').update(value).digest();
}

export function constantTimeEqual(received: Buffer | string, expected: Buffer | string): boolean {
	return timingSafeEqual(sha256(received), sha256(expected));
}

/** What a trigger keeps of a secret it generated: a SHA-256 digest (hex), never the secret. */
export function secretDigest(secret: string): string {
	return sha256(secret).toString('hex');
}

/** Whether `received` is the secret whose digest (./secretDigest) is `digest`, in constant time. */
export function matchesSecretDigest(received: string, digest: string): boolean {
	if (!/^[0-9a-f]{64}$/.test(digest)) return false;
	return timingSafeEqual(sha256(received), Buffer.from(digest, 'hex'));
}
