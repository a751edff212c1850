/**
 * Bounded work whatever the server does. n8n's request helper has a socket timeout that restarts
 * with every byte and reads bodies without a size limit, so a server dribbling one byte at a time
 * or sending gigabytes would hold a node run for as long as it likes. Here every exchange has a
 * total deadline and a byte cap, and fails with a TransportFailure that says which.
 */
import { sleep } from 'n8n-workflow';

/** JSON answers above this size are refused (Flexport's largest pages are a few MB). */
export const MAX_JSON_BYTES = 50 * 1024 * 1024;
/** File downloads above this size are refused unless Request Options → Max Download Size says more. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 100 * 1024 * 1024;
/** Error answers are read only this far: enough for any error document. */
export const MAX_ERROR_BODY_BYTES = 1024 * 1024;

/** The deadline passed while the answer was arriving (not retried; see deadlineFailure). */
export const DEADLINE_CODE = 'FLEXPORT_REQUEST_DEADLINE';
export const BODY_TOO_LARGE_CODE = 'FLEXPORT_BODY_TOO_LARGE';
export const REDIRECT_REFUSED_CODE = 'FLEXPORT_REDIRECT_REFUSED';

/** How often a pending exchange checks its deadline (n8n's `sleep` cannot be cancelled). */
const DEADLINE_POLL_MS = 50;

interface FailureResponse {
	status: number;
	headers: Record<string, unknown>;
	data: Buffer;
}

/**
 * A failed exchange as the request loop and the error shaping read it (see ./failure.ts): the
 * answer's status, headers and body bytes when there was one, a code, and — for failures this
 * transport itself decided (deadline, size, redirect) — the words the user sees.
 */
export class TransportFailure extends Error {
	readonly code?: string;

	readonly response?: FailureResponse;

	/** What happened, worded for the user, when the transport (not the server) ended the request. */
	readonly userMessage?: string;

	/** What to do about it. */
	readonly hint?: string;

	/** What n8n threw, for the error readers that walk the cause chain (token errors). */
	readonly cause?: unknown;

	constructor(
		message: string,
		details: {
			code?: string;
			response?: FailureResponse;
			userMessage?: string;
			hint?: string;
			cause?: unknown;
		} = {},
	) {
		super(message);
		this.cause = details.cause;
		this.name = 'TransportFailure';
		this.code = details.code;
		this.response = details.response;
		this.userMessage = details.userMessage;
		this.hint = details.hint;
	}
}

/** The deadline of one request: when it started, how long it may take, and the words for failing. */
export interface Deadline {
	at: number;
	timeoutMs: number;
	/** "GET /shipments/1", named in the error. */
	label: string;
	service: string;
}

/**
 * The deadline passed. Before any answer (`answering` false) it is like n8n's own timeout: a
 * retry-safe request may be sent again (the server may have been busy). While the answer was
 * arriving it is not: the server is answering, too slowly, and would only do so again.
 */
export function deadlineFailure(deadline: Deadline, answering: boolean): TransportFailure {
	const seconds = deadline.timeoutMs / 1000;
	return new TransportFailure(`timeout: no complete answer within ${deadline.timeoutMs} ms`, {
		code: answering ? DEADLINE_CODE : 'ETIMEDOUT',
		userMessage: `${deadline.service} did not answer ${deadline.label} within the timeout (${seconds} s for the whole answer)`,
		hint: 'Raise "Request Options → Timeout" or try again later.',
	});
}

/**
 * `work`, or the `late()` error once `deadlineAt` has passed. When `work` settles after that, its
 * value is handed to `abandon` (to close a response stream nobody will read).
 */
export async function withinDeadline<T>(
	work: Promise<T>,
	deadlineAt: number,
	late: () => Error,
	abandon?: (value: T) => void,
): Promise<T> {
	let settled = false;
	const watched = work.then(
		(value) => {
			settled = true;
			return value;
		},
		(error: unknown) => {
			settled = true;
			throw error;
		},
	);
	const timer = (async () => {
		while (!settled) {
			const left = deadlineAt - Date.now();
			if (left <= 0) return 'late';
			await sleep(Math.min(left, DEADLINE_POLL_MS));
		}
		return 'settled';
	})();
	const first = await Promise.race([
		watched.then(
			() => 'settled',
			() => 'settled',
		),
		timer,
	]);
	if (first === 'late' && !settled) {
		if (abandon) work.then(abandon, () => undefined);
		throw late();
	}
	return await watched;
}

/** What n8n's helper hands back for `encoding: 'stream'`: a Node readable (or, from mocks, bytes). */
export interface BodyStream {
	on(event: string, listener: (...args: unknown[]) => void): unknown;
	destroy(error?: Error): unknown;
}

export function isBodyStream(value: unknown): value is BodyStream {
	return (
		value !== null &&
		typeof value === 'object' &&
		typeof (value as BodyStream).on === 'function' &&
		typeof (value as BodyStream).destroy === 'function'
	);
}

export function discardBody(value: unknown): void {
	if (isBodyStream(value)) value.destroy();
}

function size(bytes: number): string {
	const round = (value: number) => Math.round(value * 100) / 100;
	if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
	return bytes >= 1024 ? `${round(bytes / 1024)} KB` : `${bytes} bytes`;
}

export function bodyTooLarge(deadline: Deadline, maxBytes: number, hint: string): TransportFailure {
	return new TransportFailure(`answer larger than ${maxBytes} bytes`, {
		code: BODY_TOO_LARGE_CODE,
		userMessage: `${deadline.service} answered ${deadline.label} with more than ${size(maxBytes)}; the node stopped reading it`,
		hint,
	});
}

/**
 * Reads a body into memory: at most `maxBytes` (beyond them `tooLarge`, or with `truncate` the
 * bytes read so far) and only until the deadline. A connection that closes early is a network
 * failure (ECONNRESET), which the request loop may retry.
 */
export async function readBody(
	body: unknown,
	maxBytes: number,
	deadline: Deadline,
	options: { tooLargeHint?: string; truncate?: boolean } = {},
): Promise<Buffer> {
	if (!isBodyStream(body)) {
		const bytes = Buffer.isBuffer(body)
			? body
			: typeof body === 'string'
				? Buffer.from(body)
				: body === undefined || body === null
					? Buffer.alloc(0)
					: Buffer.from(JSON.stringify(body));
		if (bytes.length > maxBytes && !options.truncate)
			throw bodyTooLarge(deadline, maxBytes, options.tooLargeHint ?? '');
		return options.truncate ? bytes.subarray(0, maxBytes) : bytes;
	}
	const stream = body;
	const reading = new Promise<Buffer>((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let done = false;
		const finish = (error?: Error) => {
			if (done) return;
			done = true;
			if (error) {
				stream.destroy();
				reject(error);
			} else {
				resolve(Buffer.concat(chunks, size));
			}
		};
		stream.on('data', (chunk: unknown) => {
			if (done) return;
			const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
			if (size + bytes.length > maxBytes) {
				if (options.truncate) {
					chunks.push(bytes.subarray(0, maxBytes - size));
					size = maxBytes;
					stream.destroy();
					return finish();
				}
				return finish(bodyTooLarge(deadline, maxBytes, options.tooLargeHint ?? ''));
			}
			chunks.push(bytes);
			size += bytes.length;
		});
		stream.on('end', () => finish());
		// Errors are built only when they count: 'close' also follows every complete answer.
		stream.on('error', (error: unknown) => {
			if (done) return;
			const code = (error as { code?: unknown })?.code;
			finish(
				new TransportFailure(`the answer was cut off: ${(error as Error)?.message ?? error}`, {
					code: typeof code === 'string' ? code : 'ECONNRESET',
				}),
			);
		});
		stream.on('close', () => {
			if (done) return;
			finish(
				new TransportFailure('the connection closed before the answer was complete', {
					code: 'ECONNRESET',
				}),
			);
		});
	});
	return await withinDeadline(reading, deadline.at, () => {
		stream.destroy();
		return deadlineFailure(deadline, true);
	});
}
