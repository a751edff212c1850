/**
 * How a node that calls the freight API authenticates: the Authentication selector and the two
 * credentials it switches between. Used by the Flexport node and both triggers.
 */
import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

/** The Authentication selector; `extra` adds a description or display conditions. */
export function authenticationProperty(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{ name: 'OAuth2 (API Credentials)', value: 'oAuth2' },
			{ name: 'API Key (Legacy)', value: 'apiKey' },
		],
		default: 'oAuth2',
		...extra,
	};
}

/**
 * The OAuth2 and API-key credentials, each shown for its Authentication value. (The webhook trigger
 * spells its list out: see nodes/FlexportTrigger/FlexportTrigger.node.ts.)
 */
export function flexportCredentials(): INodeCredentialDescription[] {
	return [
		{
			name: 'flexportOAuth2Api',
			required: true,
			displayOptions: { show: { authentication: ['oAuth2'] } },
		},
		{
			name: 'flexportApi',
			required: true,
			displayOptions: { show: { authentication: ['apiKey'] } },
		},
	];
}
