/**
 * Defaults and readers for the freight API settings kept in the Flexport credentials, and the
 * fields and test request both freight credentials declare. The credentials (credentials/) and
 * the freight node's transport (nodes/Flexport/transport/) read them.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	IDisplayOptions,
	INodeProperties,
} from 'n8n-workflow';

export const DEFAULT_API_BASE_URL = 'https://api.flexport.com';
export const DEFAULT_TOKEN_URL = 'https://api.flexport.com/oauth/token';
export const DEFAULT_AUDIENCE = 'https://api.flexport.com';
export const DEFAULT_API_VERSION = '2';
/** The endpoint used to check a token: cheap, and readable by every API credential. */
export const CREDENTIAL_CHECK_PATH = '/network/me/companies';

/** A credential value as text: '' (or the fallback) when it is missing. */
export function textSetting(value: unknown, fallback = ''): string {
	return typeof value === 'string'
		? value
		: value === undefined || value === null
			? fallback
			: String(value);
}

export function trimTrailingSlash(url: string): string {
	return url.replace(/\/+$/, '');
}

export function apiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	return trimTrailingSlash(
		textSetting(credentials.baseUrl, DEFAULT_API_BASE_URL).trim() || DEFAULT_API_BASE_URL,
	);
}

export function apiVersion(credentials: ICredentialDataDecryptedObject): string {
	return textSetting(credentials.apiVersion, DEFAULT_API_VERSION).trim() || DEFAULT_API_VERSION;
}

/** The API Base URL and API Version fields of both freight credentials (`displayOptions` if given). */
export function freightApiProperties(displayOptions?: IDisplayOptions): INodeProperties[] {
	const shown = displayOptions ? { displayOptions } : {};
	return [
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_API_BASE_URL,
			...shown,
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: DEFAULT_API_VERSION,
			description: 'Sent as the Flexport-Version header: 2, 3 or a date such as 2023-07-01',
			...shown,
		},
	];
}

/** n8n's credential test of both freight credentials: it carries the credential, so no redirect. */
export function freightCredentialTest(): ICredentialTestRequest {
	return {
		request: {
			baseURL: `={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, '') : '${DEFAULT_API_BASE_URL}'}}`,
			url: CREDENTIAL_CHECK_PATH,
			disableFollowRedirect: true,
		},
	};
}
