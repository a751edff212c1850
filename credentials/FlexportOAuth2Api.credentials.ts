import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import {
	apiVersion,
	DEFAULT_AUDIENCE,
	DEFAULT_TOKEN_URL,
	freightApiProperties,
	freightCredentialTest,
} from '../nodes/shared/freightSettings';
import {
	credentialFields,
	LEASE_FIELD,
	n8nTokenTransport,
	storedCredential,
	TOKEN_FIELD,
	tokenCoordinator,
	tokenSettings,
} from './token/n8nTokenTransport';
import { canWait } from './token/refreshWait';

/**
 * Flexport API credentials (OAuth2 client credentials) with a managed token.
 *
 * The token lives in the hidden, expirable `managedToken` field, which n8n stores encrypted. n8n
 * calls `preAuthentication` when that field is empty, after a 401 and on credential tests; the
 * token provider decides whether a new token is really needed (see docs/architecture.md).
 */
export class FlexportOAuth2Api implements ICredentialType {
	name = 'flexportOAuth2Api';

	displayName = 'Flexport OAuth2 API';

	icon: Icon = { light: 'file:../icons/flexport.svg', dark: 'file:../icons/flexport.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-flexport/n8n-nodes-flexport#credentials';

	properties: INodeProperties[] = [
		{
			displayName:
				'Create API credentials in Flexport under Settings → API Credentials and tick the resources this credential may use. Flexport allows 10 token requests per credential per day; this credential keeps its token and reuses it for 24 hours.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Audience',
			name: 'audience',
			type: 'string',
			default: DEFAULT_AUDIENCE,
			description: 'Sent as "audience" in the token request. Leave it as https://api.flexport.com.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			description:
				'Optional, space-separated. Flexport grants access by the resources ticked on the credential, so this is usually empty.',
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'string',
			default: 'client_credentials',
			description: 'Sent as "grant_type". Leave it as client_credentials.',
		},
		{
			displayName: 'Response Token Key',
			name: 'responseKeyPath',
			type: 'string',
			default: 'access_token',
			description:
				'Where the token sits in the token response JSON (a dot path such as data.access_token also works)',
		},
		{
			displayName: 'Advanced Settings',
			name: 'advancedSettings',
			type: 'boolean',
			default: false,
			description: 'Whether to show the token URL, request format, API base URL and API version',
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: DEFAULT_TOKEN_URL,
			displayOptions: { show: { advancedSettings: [true] } },
		},
		{
			displayName: 'Token Request Format',
			name: 'requestFormat',
			type: 'options',
			options: [
				{ name: 'JSON', value: 'json', description: 'What Flexport documents' },
				{ name: 'Form URL-Encoded', value: 'form' },
			],
			default: 'json',
			displayOptions: { show: { advancedSettings: [true] } },
		},
		...freightApiProperties({ show: { advancedSettings: [true] } }),
		{
			displayName: 'Managed Token',
			name: TOKEN_FIELD,
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// Shared by the n8n processes using this credential: budget history and refresh claims (no secret).
			displayName: 'Managed Token Lease',
			name: LEASE_FIELD,
			type: 'hidden',
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const write = await tokenCoordinator.preAuthenticate(
			tokenSettings(credentials),
			storedCredential(credentials),
			n8nTokenTransport(this, credentials),
			credentials,
		);
		// Without the expirable field in the answer n8n stores nothing and sends the request as it is.
		return write ? credentialFields(write) : {};
	}

	/**
	 * Adds the token and the Flexport-Version header. A token that is missing, about to expire or
	 * minted for other settings is not sent: Flexport's 401 makes n8n run preAuthentication, which
	 * obtains the replacement (coordinated with other n8n processes) and replays the request once.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const token = tokenCoordinator.authorize(
			tokenSettings(credentials),
			storedCredential(credentials),
			{
				credentials,
				canWait: canWait(requestOptions),
			},
		);
		// A Flexport-Version the request names (an operation of API version 3) is kept.
		const headers: Record<string, string> = {
			'Flexport-Version': apiVersion(credentials),
			...(requestOptions.headers as Record<string, string> | undefined),
		};
		if (token) headers.Authorization = `Bearer ${token.accessToken}`;
		// n8n puts the Authorization header back after a redirect to another host unless told not to.
		return { ...requestOptions, headers, sendCredentialsOnCrossOriginRedirect: false };
	}

	test: ICredentialTestRequest = freightCredentialTest();
}
