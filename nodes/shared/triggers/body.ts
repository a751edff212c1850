/**
 * The raw body of a delivery, never more than the limit in memory.
 *
 * n8n (2.x and 1.x) normally reads the body itself before webhook() runs: executeWebhook() calls
 * parseRequestBody(), which reads everything through req.readRawBody() up to N8N_PAYLOAD_SIZE_MAX
 * (16 MiB by default, chunked bodies included) and leaves it in req.rawBody. Then only the length
 * can be checked here. When the body has not been read yet (a host that leaves the stream to the
 * node), it is read here and reading stops at the first chunk past the limit, without waiting for
 * the rest of a chunked body.
 */
import { declaredLengthTooLarge, type HeaderBag } from './headers';

/** Deliveries larger than this are refused with 413 (webhook events are a few kilobytes). */
export const MAX_DELIVERY_BYTES = 5 * 1024 * 1024;

/** The parts of n8n's (Express) request object this reader uses. */
export interface DeliveryRequest {
	headers: HeaderBag;
	rawBody?: Buffer;
	readable?: boolean;
	readableEnded?: boolean;
	destroyed?: boolean;
	on(event: 'data' | 'end' | 'close' | 'error', listener: (...args: unknown[]) => void): unknown;
	off(event: 'data' | 'end' | 'close' | 'error', listener: (...args: unknown[]) => void): unknown;
	pause(): unknown;
}

export type BodyReading =
	| { outcome: 'read'; rawBody: Buffer }
	/** More than the limit was announced or received; `bytesRead` is what was taken from the stream. */
	| { outcome: 'too-large'; bytesRead: number }
	/** The stream was consumed elsewhere, aborted or failed: there is no body to verify. */
	| { outcome: 'unreadable' };

function readStreamWithin(request: DeliveryRequest, limit: number): Promise<BodyReading> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const finish = (reading: BodyReading) => {
			request.off('data', onData);
			request.off('end', onEnd);
			request.off('close', onClose);
			request.off('error', onError);
			resolve(reading);
		};
		const onData = (chunk: unknown) => {
			const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
			size += bytes.length;
			if (size > limit) {
				// Stop taking data; the trigger's 413 reply closes the connection.
				request.pause();
				finish({ outcome: 'too-large', bytesRead: size });
				return;
			}
			chunks.push(bytes);
		};
		const onEnd = () => finish({ outcome: 'read', rawBody: Buffer.concat(chunks, size) });
		const onClose = () => finish({ outcome: 'unreadable' });
		const onError = () => finish({ outcome: 'unreadable' });
		request.on('data', onData);
		request.on('end', onEnd);
		request.on('close', onClose);
		request.on('error', onError);
	});
}

export async function readDeliveryBody(
	request: DeliveryRequest,
	limit: number,
): Promise<BodyReading> {
	if (Buffer.isBuffer(request.rawBody)) {
		return request.rawBody.length > limit
			? { outcome: 'too-large', bytesRead: request.rawBody.length }
			: { outcome: 'read', rawBody: request.rawBody };
	}
	if (declaredLengthTooLarge(request.headers, limit)) return { outcome: 'too-large', bytesRead: 0 };
	if (request.destroyed === true || request.readableEnded === true || request.readable === false)
		return { outcome: 'unreadable' };
	return await readStreamWithin(request, limit);
}
