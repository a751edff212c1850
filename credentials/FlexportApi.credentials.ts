import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import {
	apiVersion,
	CREDENTIAL_CHECK_PATH,
	DEFAULT_API_BASE_URL,
	DEFAULT_API_VERSION,
	textSetting,
} from '../nodes/shared/freightSettings';

/** Flexport's legacy API key: it does not expire and is sent as a bearer token. */
export class FlexportApi implements ICredentialType {
	name = 'flexportApi';

	displayName = 'Flexport Legacy API';

	icon: Icon = { light: 'file:../icons/flexport.svg', dark: 'file:../icons/flexport.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-flexport/n8n-nodes-flexport#credentials';

	properties: INodeProperties[] = [
		{
			displayName:
				'Flexport is phasing out API keys; prefer the "Flexport OAuth2 API" credential. Keys are created in Flexport under Settings → API Keys.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_API_BASE_URL,
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: DEFAULT_API_VERSION,
			description: 'Sent as the Flexport-Version header: 2, 3 or a date such as 2023-07-01',
		},
	];

	/** The key as a bearer token and the Flexport-Version header, unless the request names a version. */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				'Flexport-Version': apiVersion(credentials),
				...(requestOptions.headers as Record<string, string> | undefined),
				Authorization: `Bearer ${textSetting(credentials.apiKey)}`,
			},
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, '') : '${DEFAULT_API_BASE_URL}'}}`,
			url: CREDENTIAL_CHECK_PATH,
		},
	};
}
