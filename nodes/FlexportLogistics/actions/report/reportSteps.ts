/** One read of a report's status, and the report as output — with its CSV as binary data. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { reportState, type ReportState } from '../../helpers/reportInput';
import { SCOPES } from '../../helpers/scopes';
import { downloadItem } from '../../steps/download';
import { expectObject, recordItems } from '../../steps/record';
import { logisticsRequest } from '../../transport';

/** GET /reports/{reportReference} (get_report_status). */
export async function readReport(
	this: IExecuteFunctions,
	itemIndex: number,
	reportReference: string,
): Promise<{ report: IDataObject; state: ReportState }> {
	const path = `/reports/${encodeURIComponent(reportReference)}`;
	const response = await logisticsRequest.call(this, 'GET', path, {
		scope: SCOPES.reports.read,
		itemIndex,
	});
	const report = expectObject(this, response.body, `GET ${path}`, itemIndex);
	return { report, state: reportState(response.status, report) };
}

/**
 * The report as one item; a ready report's CSV in `binary[property]` when Download is on. The
 * link is pre-signed and may be on a storage host: the transport then fetches it without the
 * access token (transport/download.ts).
 */
export async function reportItems(
	this: IExecuteFunctions,
	itemIndex: number,
	json: IDataObject,
	state: ReportState,
	property: string | undefined,
): Promise<INodeExecutionData[]> {
	if (state !== 'ready' || !property) return recordItems(this, json, itemIndex);
	return [
		await downloadItem.call(this, itemIndex, json, {
			link: String(json.url),
			property,
			fallbackName: `${String(json.reportReference)}.csv`,
			scope: SCOPES.reports.read,
		}),
	];
}
