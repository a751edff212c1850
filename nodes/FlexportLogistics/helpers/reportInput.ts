/** The body of "Generate Report" (ReportGenerationRequest) and the state of a Report. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectionValues } from '../../shared/readers/parameters';
import {
	failParameter,
	isEmpty,
	normalizeDateTime,
	requireOneOf,
} from '../../shared/readers/values';
import { REPORT_TYPES } from '../descriptions/report.description';

export function readReportBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const body: IDataObject = {
		reportType: requireOneOf(
			context,
			context.getNodeParameter('reportType', itemIndex, ''),
			REPORT_TYPES,
			'Report Type',
			itemIndex,
		),
	};
	const values = collectionValues(context, 'additionalFields', itemIndex);
	for (const [key, label] of [
		['startDate', 'Start Date'],
		['endDate', 'End Date'],
	])
		if (!isEmpty(values[key]))
			body[key] = normalizeDateTime(
				context,
				values[key],
				`Additional Fields → ${label}`,
				itemIndex,
			);
	if (body.startDate && body.endDate && String(body.endDate) < String(body.startDate))
		failParameter(
			context,
			itemIndex,
			'"Additional Fields → End Date" is before "Additional Fields → Start Date"',
		);
	return body;
}

export type ReportState = 'ready' | 'failed' | 'pending';

/** Report: SUCCESS with a URL is ready, ERROR failed; PENDING, 202 or no URL yet is pending. */
export function reportState(status: number, report: IDataObject): ReportState {
	const state = typeof report.status === 'string' ? report.status.trim().toUpperCase() : '';
	if (state === 'ERROR' || state === 'FAILED') return 'failed';
	if (status === 202 || state === 'PENDING') return 'pending';
	return typeof report.url === 'string' && report.url.trim() !== '' ? 'ready' : 'pending';
}
