import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import {
	CUSTOM_VERSION,
	LOGISTICS_API_VERSIONS,
	LOGISTICS_DEFAULT_BASE_URL,
	LOGISTICS_DEFAULT_VERSION,
} from '../nodes/FlexportLogistics/transport/settings';

/**
 * Flexport Logistics API (fulfilment, formerly Deliverr): a long-lived, scoped access token sent as a
 * bearer token. The generic `authenticate` lets the HTTP Request node use it as a predefined
 * credential; the API version is a path segment, so such requests put it in their URL themselves.
 */
export class FlexportLogisticsApi implements ICredentialType {
	name = 'flexportLogisticsApi';

	displayName = 'Flexport Logistics API';

	icon: Icon = { light: 'file:../icons/flexport.svg', dark: 'file:../icons/flexport.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-flexport/n8n-nodes-flexport#flexport-logistics';

	properties: INodeProperties[] = [
		{
			displayName:
				'An administrator of your Flexport organisation creates the token in Flexport Portal → Settings → API Tokens and ticks the scopes it may use (for example read_logistics_orders and write_logistics_orders for orders). The token does not expire until it is revoked.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'options',
			options: [
				...LOGISTICS_API_VERSIONS.map((version) => ({ name: version, value: version })),
				{
					name: 'Unstable',
					value: 'unstable',
					description: 'Experimental features that may change without notice',
				},
				{ name: 'Custom', value: CUSTOM_VERSION, description: 'Enter another release' },
			],
			default: LOGISTICS_DEFAULT_VERSION,
			description: 'The release of the Logistics API, used as the version segment of every URL',
		},
		{
			displayName: 'Custom API Version',
			name: 'customApiVersion',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2026-02',
			displayOptions: { show: { apiVersion: [CUSTOM_VERSION] } },
		},
		{
			displayName: 'Advanced Settings',
			name: 'advancedSettings',
			type: 'boolean',
			default: false,
			description: 'Whether to show the base URL',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: LOGISTICS_DEFAULT_BASE_URL,
			description: 'Change only for a test server; Sandbox accounts use the same URL',
			displayOptions: { show: { advancedSettings: [true] } },
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	/** The account standing status: cheap, read-only and open to every account. */
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.baseUrl ? $credentials.baseUrl.replace(/\\/+$/, '') : '${LOGISTICS_DEFAULT_BASE_URL}'}}`,
			url: `=/logistics/api/{{$credentials.apiVersion === '${CUSTOM_VERSION}' ? $credentials.customApiVersion : ($credentials.apiVersion || '${LOGISTICS_DEFAULT_VERSION}')}}/accounts/status`,
			method: 'GET',
			headers: { Accept: 'application/json, application/problem+json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Flexport rejected the access token (HTTP 401): it is wrong, incomplete or revoked. Create a new one in Flexport Portal → Settings → API Tokens.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Flexport accepted the token but refused access (HTTP 403): the token lacks a scope, or the account is not approved for this API.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 423,
					message:
						'Flexport has locked this Logistics account (HTTP 423: account frozen or deactivated). Every request fails until Flexport unlocks it; contact Flexport support.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Logistics API answered at this Base URL and API Version (HTTP 404). Check both.',
				},
			},
		],
	};
}
