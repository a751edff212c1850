/**
 * "Wait for Result" of reports and bulk parcel jobs: the shared poll loop (steps/poll.ts) plus
 * the error of an item that ran out of time, which says how to get the result later.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pollUntilReady, type PollOutcome, type WaitSettings } from '../steps/poll';
import { seconds } from './inboundFields';

export interface WaitSubject {
	/** "Report rpt_1", "Bulk parcel job 7001": the start of the timeout message. */
	name: string;
	/** How to fetch the result later, e.g. `"Report → Get Status" for report rpt_1`. */
	later: string;
}

export async function waitForResult<T>(
	context: IExecuteFunctions,
	itemIndex: number,
	wait: WaitSettings,
	subject: WaitSubject,
	poll: () => Promise<T>,
	isReady: (result: T) => boolean,
): Promise<PollOutcome<T>> {
	const outcome = await pollUntilReady(wait, poll, isReady);
	if (!outcome.ready)
		throw new NodeOperationError(
			context.getNode(),
			`${subject.name} was not ready after ${seconds(outcome.waitedMs)} (${outcome.polls} checks) [item ${itemIndex}]`,
			{
				itemIndex,
				description: `Flexport accepted the request and is still working on it. Get the result later with ${subject.later}, or raise "Timeout (Seconds)".`,
			},
		);
	return outcome;
}
