/**
 * The secret values of a node's credential, so that an error can be cleaned of them whatever form
 * a server echoed them in (./redaction.ts). Read when an error is built, not cached: the token may
 * have been replaced during the request. Knows no credential type: a field is secret by its name.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { ApiContext } from './context';

/** Field names that hold a secret (clientSecret, apiKey, accessToken, …) — not tokenUrl, responseKeyPath. */
const SECRET_FIELD = /(secret|token|key|password)$/i;

function collect(data: Record<string, unknown>, into: Set<string>, depth: number): void {
	for (const [field, value] of Object.entries(data)) {
		if (typeof value === 'string' && value !== '') {
			if (SECRET_FIELD.test(field)) into.add(value);
			// A stored token state (JSON text, e.g. the managed token) holds its secrets inside.
			if (depth === 0 && value.startsWith('{')) {
				try {
					const inner = JSON.parse(value) as unknown;
					if (inner && typeof inner === 'object')
						collect(inner as Record<string, unknown>, into, depth + 1);
				} catch {
					// not JSON: the value itself was already taken if its field name says secret
				}
			}
		} else if (value && typeof value === 'object' && depth === 0) {
			collect(value as Record<string, unknown>, into, depth + 1);
		}
	}
}

/** Every secret-looking value of the credential data, and the Basic form of a client id/secret pair. */
export function secretsOf(credentials: ICredentialDataDecryptedObject | undefined): string[] {
	if (!credentials) return [];
	const secrets = new Set<string>();
	collect(credentials, secrets, 0);
	const { clientId, clientSecret } = credentials;
	if (typeof clientId === 'string' && typeof clientSecret === 'string' && clientSecret !== '')
		secrets.add(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
	return [...secrets];
}

/** The secrets of the credential `credentialType` of this node, or none if it cannot be read. */
export async function credentialSecrets(
	context: ApiContext,
	credentialType: string,
): Promise<string[]> {
	try {
		return secretsOf(
			(await context.getCredentials(credentialType)) as ICredentialDataDecryptedObject,
		);
	} catch {
		return [];
	}
}
