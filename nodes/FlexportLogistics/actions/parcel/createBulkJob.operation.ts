import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { waitFields } from '../../descriptions/inbound.description';
import { readDownloadProperty, readWaitSettings } from '../../helpers/inboundFields';
import { readBulkJobBody } from '../../helpers/parcelInput';
import { SCOPES } from '../../helpers/scopes';
import { waitForResult } from '../../helpers/waitResult';
import { expectObject } from '../../steps/record';
import { sendWrite } from '../../steps/write';
import { jobItems, labelsDownloadFields, readJob } from './bulkJob';

const EXAMPLE = JSON.stringify(
	[
		{
			customerParcelId: 'ORDER-1001',
			serviceLevel: 'STANDARD',
			shipToAddress: {
				name: 'Jane Doe',
				street1: '123 Main St',
				city: 'Atlanta',
				state: 'GA',
				zip: '30318',
				country: 'US',
			},
			dimensions: {
				length: 10,
				width: 8,
				height: 4,
				lengthUnit: 'in',
				weight: 2,
				weightUnit: 'lb',
			},
		},
	],
	null,
	2,
);

const properties: INodeProperties[] = [
	{
		displayName: 'Parcels (JSON)',
		name: 'parcels',
		type: 'json',
		default: EXAMPLE,
		required: true,
		description:
			'The parcels to buy labels for, as a JSON array: each with serviceLevel, shipToAddress (name, street1, city, state, zip, country) and dimensions (length, width, height, lengthUnit, weight, weightUnit), optionally the fields of Create (customerParcelId, returnAddress …), integrationChannel and packslipNotes',
	},
	{
		displayName: 'Packslip Required',
		name: 'packslipRequired',
		type: 'boolean',
		default: false,
		description: 'Whether Flexport should add a packing slip to each parcel',
	},
	...waitFields('the job has finished and is'),
	...labelsDownloadFields({ waitForResult: [true] }),
	optionsCollection([], { write: true }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['createBulkJob'] } },
	properties,
);

/**
 * POST /parcels/jobs (create_bulk_parcel_job), then with Wait for Result
 * GET /parcels/jobs/{id} (get_bulk_parcel_job) until the job has finished.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = readBulkJobBody(this, itemIndex);
	const wait = readWaitSettings(this, itemIndex);
	const property = wait ? readDownloadProperty(this, itemIndex) : undefined;
	const { response, idempotency } = await sendWrite.call(this, itemIndex, {
		method: 'POST',
		path: '/parcels/jobs',
		body,
		scope: SCOPES.parcels.write,
	});
	const started = expectObject(this, response.body, 'POST /parcels/jobs', itemIndex);
	if (!wait) return await jobItems.call(this, itemIndex, { ...started, idempotency }, undefined);
	const jobId = String(started.jobId ?? '');
	if (!/^\d{1,18}$/.test(jobId))
		throw new NodeOperationError(
			this.getNode(),
			`Flexport accepted the bulk parcel job but answered without a job ID to wait for [item ${itemIndex}]`,
			{ itemIndex, description: 'Turn off "Wait for Result" and look the job up later.' },
		);
	const outcome = await waitForResult(
		this,
		itemIndex,
		wait,
		{
			name: `Bulk parcel job ${jobId}`,
			later: `"Parcel → Get Bulk Job" for job ${jobId}`,
		},
		async () => await readJob.call(this, itemIndex, jobId),
		(result) => result.finished,
	);
	const json = { ...outcome.result.job, polls: outcome.polls, idempotency };
	return await jobItems.call(this, itemIndex, json, property);
}
