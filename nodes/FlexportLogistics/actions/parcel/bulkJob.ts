/**
 * Bulk parcel jobs (asynchronous): one read of a job, and the job as output — with its labels
 * PDF as binary data once the job has one and Download is on.
 */
import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { resultDownloadFields } from '../../descriptions/asyncResult.description';
import { isJobFinished } from '../../helpers/parcelOutput';
import { SCOPES } from '../../helpers/scopes';
import { downloadItem } from '../../steps/download';
import { expectObject, recordItems } from '../../steps/record';
import { logisticsRequest } from '../../transport';

/** GET /parcels/jobs/{id} (get_bulk_parcel_job). */
export async function readJob(
	this: IExecuteFunctions,
	itemIndex: number,
	jobId: string,
): Promise<{ job: IDataObject; finished: boolean }> {
	const path = `/parcels/jobs/${jobId}`;
	const response = await logisticsRequest.call(this, 'GET', path, {
		scope: SCOPES.parcels.read,
		itemIndex,
	});
	const job = expectObject(this, response.body, `GET ${path}`, itemIndex);
	return { job, finished: isJobFinished(response.status, job) };
}

/** Download of the labels PDF; `onlyWhen` limits it to items that wait for the job. */
export function labelsDownloadFields(onlyWhen?: IDisplayOptions['show']): INodeProperties[] {
	return resultDownloadFields('the labels PDF of a finished job', onlyWhen);
}

/** The job as one item, with the labels in `binary[property]` when there are any to download. */
export async function jobItems(
	this: IExecuteFunctions,
	itemIndex: number,
	json: IDataObject,
	property: string | undefined,
): Promise<INodeExecutionData[]> {
	const link = typeof json.labelsUrl === 'string' ? json.labelsUrl.trim() : '';
	if (!property || link === '') return recordItems(this, json, itemIndex);
	return [
		await downloadItem.call(this, itemIndex, json, {
			link,
			property,
			fallbackName: `parcel-job-${String(json.jobId)}-labels.pdf`,
			scope: SCOPES.parcels.read,
		}),
	];
}
