/**
 * Where the freight API is and which credential signs for it. The credential itself adds the token
 * and the Flexport-Version header (credentials/FlexportOAuth2Api.credentials.ts and
 * credentials/FlexportApi.credentials.ts); this file reads the base URL from it once per node run.
 */
import { apiBaseUrl } from '../../shared/freightSettings';
import type { ApiContext } from '../../shared/transport/context';
import { apiOrigin, type ApiOrigin } from '../../shared/transport/origin';

export type FlexportContext = ApiContext;

export type FlexportCredentialType = 'flexportOAuth2Api' | 'flexportApi';

export interface ConnectionSettings extends ApiOrigin {
	credentialType: FlexportCredentialType;
}

const connectionCache = new WeakMap<object, Promise<ConnectionSettings>>();

export function credentialTypeOf(context: FlexportContext): FlexportCredentialType {
	let authentication: unknown = 'oAuth2';
	try {
		authentication = context.getNodeParameter('authentication', 0, 'oAuth2');
	} catch {
		authentication = 'oAuth2';
	}
	return authentication === 'apiKey' ? 'flexportApi' : 'flexportOAuth2Api';
}

/** Base URL and credential type, read once per node run rather than once per request. */
export async function flexportConnection(context: FlexportContext): Promise<ConnectionSettings> {
	let cached = connectionCache.get(context);
	if (!cached) {
		cached = (async () => {
			const credentialType = credentialTypeOf(context);
			const credentials = await context.getCredentials(credentialType);
			return {
				credentialType,
				...apiOrigin(context, apiBaseUrl(credentials), 'Flexport'),
			};
		})();
		connectionCache.set(context, cached);
		cached.catch(() => connectionCache.delete(context));
	}
	return await cached;
}
