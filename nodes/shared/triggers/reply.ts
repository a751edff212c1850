/** A webhook trigger answering the delivery itself (n8n then sends nothing more). */
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

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
