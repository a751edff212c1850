import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { requireBoolean } from '../../../shared/readers/values';
import { fieldsCollection, optionsCollection } from '../../descriptions/common.description';
import { reportTypeField, reportWaitFields } from '../../descriptions/report.description';
import { readDownloadProperty, readWaitSettings } from '../../helpers/inboundFields';
import { ID_FORMATS } from '../../descriptions/locators.description';
import { readReportBody } from '../../helpers/reportInput';
import { SCOPES } from '../../helpers/scopes';
import { waitForResult } from '../../helpers/waitResult';
import { expectObject } from '../../steps/record';
import { sendWrite } from '../../steps/write';
import { readReport, reportItems } from './reportSteps';

const properties: INodeProperties[] = [
	reportTypeField,
	fieldsCollection('Additional Fields', [
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: 'The end of the period the report covers',
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'The start of the period the report covers',
		},
	]),
	...reportWaitFields(),
	optionsCollection([], { write: true }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['report'], operation: ['generate'] } },
	properties,
);

/**
 * POST /reports (generate_report), then with Wait Until Ready GET /reports/{reportReference}
 * (get_report_status) until the report is ready; with Download its CSV becomes binary data.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = readReportBody(this, itemIndex);
	// Checked here so that a bad value is named as this operation shows it.
	requireBoolean(
		this,
		this.getNodeParameter('waitForResult', itemIndex, true),
		'Wait Until Ready',
		itemIndex,
	);
	const wait = readWaitSettings(this, itemIndex);
	const property = wait ? readDownloadProperty(this, itemIndex) : undefined;
	const { response, idempotency } = await sendWrite.call(this, itemIndex, {
		method: 'POST',
		path: '/reports',
		body,
		scope: SCOPES.reports.write,
	});
	const started = expectObject(this, response.body, 'POST /reports', itemIndex);
	const reportReference = String(started.reportReference ?? '');
	const json = { ...body, ...started, idempotency };
	if (!wait) return await reportItems.call(this, itemIndex, json, 'pending', undefined);
	if (!new RegExp(ID_FORMATS.reportReference.regex).test(reportReference))
		throw new NodeOperationError(
			this.getNode(),
			`Flexport accepted the report but answered without a report reference to wait for [item ${itemIndex}]`,
			{ itemIndex, description: 'Turn off "Wait Until Ready" and look the report up later.' },
		);
	const outcome = await waitForResult(
		this,
		itemIndex,
		wait,
		{
			name: `Report ${reportReference} (${String(body.reportType)})`,
			later: `"Report → Get Status" for report ${reportReference}`,
		},
		async () => await readReport.call(this, itemIndex, reportReference),
		(result) => result.state !== 'pending',
	);
	const { report, state } = outcome.result;
	if (state === 'failed')
		throw new NodeOperationError(
			this.getNode(),
			`Flexport could not generate report ${reportReference} (${String(body.reportType)}): ${String(report.errorMessage ?? 'no reason given')} [item ${itemIndex}]`,
			{ itemIndex, description: 'Generate the report again, or choose another period.' },
		);
	return await reportItems.call(
		this,
		itemIndex,
		{ ...json, ...report, polls: outcome.polls },
		state,
		property,
	);
}
