import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * The secret token of a Flexport webhook endpoint. Flexport signs every delivery with it
 * (X-Hub-Signature-256); the Flexport Trigger node checks the signature before starting a workflow.
 *
 * Flexport offers no API call that could confirm a webhook secret, so this credential has no HTTP
 * `test`. The Flexport Trigger node tests it instead (`testedBy`), checking that it is usable.
 */
export class FlexportWebhookSecretApi implements ICredentialType {
	name = 'flexportWebhookSecretApi';

	displayName = 'Flexport Webhook Secret API';

	icon: Icon = { light: 'file:../icons/flexport.svg', dark: 'file:../icons/flexport.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-flexport/n8n-nodes-flexport#credentials';

	properties: INodeProperties[] = [
		{
			displayName:
				"Paste the same secret token here and in Flexport → Settings → Webhooks, on the endpoint whose URL is the Flexport Trigger node's webhook URL. Flexport signs each delivery with it; deliveries with a missing or wrong signature are refused.",
			name: 'notice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Secret Token',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The secret token of the webhook endpoint in Flexport. Use a long random value.',
		},
	];
}
