import type { INodeProperties } from 'n8n-workflow';

/** How the node paces its requests; shown for every resource and operation. */
export const requestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'string',
			default: '',
			placeholder: 'e.g. 3 or 2023-07-01',
			description:
				"Flexport-Version to send (2, 3 or a date such as 2023-07-01) instead of the automatic choice: the credential's API Version, or 3 or a date for operations that only those versions offer",
		},
		{
			displayName: 'Max Download Size (MB)',
			name: 'maxDownloadMegabytes',
			type: 'number',
			typeOptions: { minValue: 0.0001, maxValue: 2048, numberPrecision: 4 },
			default: 100,
			description: 'A file download larger than this stops with an error instead of filling memory',
		},
		{
			displayName: 'Max Pages',
			name: 'maxPages',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1000000 },
			default: 1000,
			description:
				'A list with more pages than this (100 records each) stops with an error, so a server that never ends its list cannot keep the node busy',
		},
		{
			displayName: 'Max Requests per Second',
			name: 'maxRequestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 1 },
			default: 0,
			description:
				'Never start more requests than this per second (0 = no fixed ceiling). On a 429 the node also waits as Flexport asks and slows all parallel requests down.',
		},
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 3,
			description:
				'How many input items to process at the same time. Output keeps the input order.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeoutSeconds',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 600 },
			default: 60,
			description: 'How long Flexport may take to send the whole answer to one request',
		},
	],
};
