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
	freightApiProperties,
	freightCredentialTest,
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
		...freightApiProperties(),
	];

	/**
	 * The key as a bearer token and the Flexport-Version header, unless the request names a version.
	 * The key never leaves the API host: n8n would put it back after a redirect to another host.
	 */
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
			sendCredentialsOnCrossOriginRedirect: false,
		};
	}

	test: ICredentialTestRequest = freightCredentialTest();
}
