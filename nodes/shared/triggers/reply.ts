/** A webhook trigger answering the delivery itself (n8n then sends nothing more). */
import type { IDataObject, INodeExecutionData, IWebhookResponseData } from 'n8n-workflow';

/** The part of n8n's (Express) response object the triggers use. */
export interface DeliveryResponse {
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body: string): unknown;
}

export function reply(
	response: DeliveryResponse,
	status: number,
	body: IDataObject,
	headers: Record<string, string> = {},
): IWebhookResponseData {
	response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
	response.end(JSON.stringify(body));
	return { noWebhookResponse: true };
}

/** Answers 200 without a run: the event's type is not selected, or it was received already or is too old. */
export function replyIgnored(
	response: DeliveryResponse,
	ignored: { reason: string; message: string },
): IWebhookResponseData {
	return reply(response, 200, {
		received: true,
		ignored: true,
		reason: ignored.reason,
		message: ignored.message,
	});
}

/**
 * Answers 200 and starts the run with `workflowData`. n8n saves a trigger's static data (the
 * event ids it remembers) when the delivery is answered. Left to itself, n8n 2.x answers an
 * 'onReceived' webhook only after it has started the run, and by then a change to static data
 * that existed before the delivery is no longer seen as a change: it is not saved, and the next
 * redelivery of the event runs again. Answering here saves it first, on 2.x and 1.x.
 */
export function answerAndRun(
	response: DeliveryResponse,
	workflowData: INodeExecutionData[][],
): IWebhookResponseData {
	reply(response, 200, { received: true });
	return { noWebhookResponse: true, workflowData };
}
