import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parcelJobLocator } from '../../descriptions/parcel.description';
import { readDownloadProperty } from '../../helpers/inboundFields';
import { readIdLocator } from '../../helpers/locators';
import { jobItems, labelsDownloadFields, readJob } from './bulkJob';

export const description = updateDisplayOptions(
	{ show: { resource: ['parcel'], operation: ['getBulkJob'] } },
	[parcelJobLocator, ...labelsDownloadFields()],
);

/** GET /parcels/jobs/{id} (get_bulk_parcel_job): the job's status, parcels and labels. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const jobId = readIdLocator(this, 'jobId', itemIndex, 'Job', 'parcelJobId');
	const property = readDownloadProperty(this, itemIndex);
	const { job } = await readJob.call(this, itemIndex, jobId);
	return await jobItems.call(this, itemIndex, job, property);
}
