import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { downloadFields } from '../../descriptions/inbound.description';
import { CSV_SUBJECT, reportLocator } from '../../descriptions/report.description';
import { readDownloadProperty } from '../../helpers/inboundFields';
import { readIdLocator } from '../../helpers/locators';
import { readReport, reportItems } from './reportSteps';

export const description = updateDisplayOptions(
	{ show: { resource: ['report'], operation: ['getStatus'] } },
	[reportLocator, ...downloadFields(CSV_SUBJECT)],
);

/**
 * GET /reports/{reportReference} (get_report_status): PENDING, SUCCESS with a download link, or
 * ERROR with Flexport's message; a ready report's CSV is downloaded when Download is on.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const reportReference = readIdLocator(
		this,
		'reportReference',
		itemIndex,
		'Report',
		'reportReference',
	);
	const property = readDownloadProperty(this, itemIndex);
	const { report, state } = await readReport.call(this, itemIndex, reportReference);
	return await reportItems.call(this, itemIndex, { reportReference, ...report }, state, property);
}
