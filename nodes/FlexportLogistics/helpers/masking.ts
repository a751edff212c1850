/** Secrets Flexport may echo in a record (webhook tokens and passwords, channel access tokens). */
import type { IDataObject } from 'n8n-workflow';

/** Long secrets keep their last four characters, so two can be told apart; short ones none. */
export function maskSecret(secret: string): string {
	return secret.length >= 16 ? `****${secret.slice(-4)}` : '****';
}

/** The record with each of `keys` that holds a non-empty string masked. */
export function maskSecrets(record: IDataObject, keys: readonly string[]): IDataObject {
	const masked = { ...record };
	for (const key of keys) {
		const value = masked[key];
		if (typeof value === 'string' && value !== '') masked[key] = maskSecret(value);
	}
	return masked;
}
