/**
 * What the webhook trigger does with one delivery, decided without n8n side effects so every
 * branch can be unit-tested: refuse (413/401/400), acknowledge without a run (200), or run.
 * The signature is checked before anything in the body is looked at.
 */
import type { IDataObject } from 'n8n-workflow';

import { collectionPathOf } from '../Flexport/objects';
import { declaredLengthTooLarge as lengthTooLarge } from '../shared/triggers/headers';

import type { EventTypeFilter } from './eventTypes';
import { checkReplay, type ReplayCheck, type ReplayState } from './replay';
import {
	type HeaderBag,
	type SignatureAlgorithm,
	type SignatureFailure,
	describeSignatureFailure,
	MAX_BODY_BYTES,
	verifyFlexportSignature,
} from './signature';

export interface DeliveryInput {
	/** The body exactly as received; undefined if n8n could not provide it. */
	rawBody: Buffer | undefined;
	headers: HeaderBag;
	secret: string;
	allowSha1: boolean;
	acceptsType: EventTypeFilter;
	maxBodyBytes?: number;
	/** Repeated and too-old deliveries are ignored when given (production deliveries). */
	replay?: Omit<ReplayCheck, 'event'>;
}

export type DeliveryDecision =
	| {
			action: 'reject';
			status: 400 | 401 | 413 | 500;
			reason: SignatureFailure | 'too-large' | 'no-raw-body' | 'not-an-event';
			message: string;
	  }
	| {
			action: 'ignore';
			status: 200;
			reason: 'event-type' | 'duplicate' | 'too-old';
			eventType: string;
			message: string;
	  }
	| {
			action: 'run';
			event: IDataObject;
			algorithm: SignatureAlgorithm;
			/** The replay state to store before the run starts (with input.replay only). */
			remember?: ReplayState;
	  };

/** Whether Content-Length already announces more than the limit (checked before reading the body). */
export function declaredLengthTooLarge(headers: HeaderBag, limit = MAX_BODY_BYTES): boolean {
	return lengthTooLarge(headers, limit);
}

export function decideDelivery(input: DeliveryInput): DeliveryDecision {
	const limit = input.maxBodyBytes ?? MAX_BODY_BYTES;
	if (
		declaredLengthTooLarge(input.headers, limit) ||
		(input.rawBody !== undefined && input.rawBody.length > limit)
	) {
		return {
			action: 'reject',
			status: 413,
			reason: 'too-large',
			message: `The delivery is larger than ${limit} bytes`,
		};
	}
	if (!Buffer.isBuffer(input.rawBody)) {
		return {
			action: 'reject',
			status: 500,
			reason: 'no-raw-body',
			message: 'n8n did not provide the raw request body, so the signature cannot be verified',
		};
	}

	const verdict = verifyFlexportSignature(input.rawBody, input.headers, input.secret, {
		allowSha1: input.allowSha1,
	});
	if (!verdict.valid) {
		return {
			action: 'reject',
			status: 401,
			reason: verdict.reason,
			message: describeSignatureFailure(verdict.reason),
		};
	}

	let event: unknown;
	try {
		event = JSON.parse(input.rawBody.toString('utf8'));
	} catch {
		event = undefined;
	}
	if (event === null || typeof event !== 'object' || Array.isArray(event)) {
		return {
			action: 'reject',
			status: 400,
			reason: 'not-an-event',
			message: 'The signed body is not a JSON object',
		};
	}

	const type = (event as IDataObject).type;
	const eventType = typeof type === 'string' ? type : '';
	if (!input.acceptsType(type)) {
		return {
			action: 'ignore',
			status: 200,
			reason: 'event-type',
			eventType,
			message: `Event type "${eventType}" is not selected on this trigger; ignored`,
		};
	}
	const run = { action: 'run' as const, event: event as IDataObject, algorithm: verdict.algorithm };
	if (!input.replay) return run;
	const replay = checkReplay({ ...input.replay, event: run.event });
	if (replay.action === 'ignore') return { status: 200, eventType, ...replay };
	return { ...run, remember: replay.state };
}

export type ResourceRequest = { path: string; url?: string };

/**
 * How to fetch `data.resource` of an event: an `/api/refs/object` link is followed as given (the
 * transport only sends the token to the configured API host); an object with `_object` and `id`
 * is fetched from its collection. Undefined when the event names no fetchable resource.
 */
export function resourceRequest(resource: unknown): ResourceRequest | undefined {
	if (resource === null || typeof resource !== 'object' || Array.isArray(resource))
		return undefined;
	const record = resource as IDataObject;
	const kind = record._object === '/api/refs/object' ? record.ref_type : record._object;
	const id =
		typeof record.id === 'number' || typeof record.id === 'string' ? String(record.id).trim() : '';
	const validId = /^[A-Za-z0-9_-]{1,100}$/.test(id);
	const collection = typeof kind === 'string' ? collectionPathOf(kind) : undefined;
	if (
		record._object === '/api/refs/object' &&
		typeof record.link === 'string' &&
		record.link !== ''
	) {
		return {
			path: collection && validId ? `${collection}/${id}` : String(kind ?? 'resource'),
			url: record.link,
		};
	}
	if (!collection || !validId) return undefined;
	return { path: `${collection}/${id}` };
}
