/**
 * What the Logistics trigger does with one delivery, decided without n8n side effects: refuse
 * (401/413/400), acknowledge without a run (200), or run. The token header is checked first, in
 * constant time against the digest kept at registration, before the body is read or parsed.
 */
import type { IDataObject } from 'n8n-workflow';

import type { BodyReading } from '../shared/triggers/body';
import type { EventTypeFilter } from '../shared/triggers/eventTypeFilter';
import { type HeaderBag, headerValue } from '../shared/triggers/headers';
import { checkEventReplay, type ReplayState } from '../shared/triggers/replay';
import { matchesSecretDigest } from '../shared/triggers/secrets';
import type { Registration } from './registration';

export type TokenVerdict =
	| { valid: true }
	| {
			valid: false;
			reason: 'not-registered' | 'missing-token' | 'token-mismatch';
			message: string;
	  };

/** Checks the delivery's token header against the registration; says nothing about the token. */
export function checkToken(
	registration: Registration | undefined,
	headers: HeaderBag,
): TokenVerdict {
	if (!registration)
		return {
			valid: false,
			reason: 'not-registered',
			message:
				'This trigger has no webhook registered with Flexport, so no delivery can be verified: deactivate and activate the workflow',
		};
	const received = headerValue(headers, registration.tokenHeader);
	if (received === undefined || received === '')
		return {
			valid: false,
			reason: 'missing-token',
			message: `The request carries no ${registration.tokenHeader} header`,
		};
	return matchesSecretDigest(received, registration.tokenDigest)
		? { valid: true }
		: {
				valid: false,
				reason: 'token-mismatch',
				message: `The ${registration.tokenHeader} header does not hold this trigger's token`,
			};
}

export interface DeliveryInput {
	body: BodyReading;
	/** What n8n parsed from the body, used when the raw body could not be read. */
	parsedBody?: unknown;
	limitBytes: number;
	acceptsType: EventTypeFilter;
	/** Repeated and too-old deliveries are ignored when given (production deliveries). */
	replay?: { stored: unknown; now: number; maxAgeMs: number };
}

export type DeliveryDecision =
	| { action: 'reject'; status: 400 | 413; message: string }
	| {
			action: 'ignore';
			status: 200;
			reason: 'event-type' | 'duplicate' | 'too-old';
			message: string;
	  }
	| { action: 'run'; event: IDataObject; remember?: ReplayState };

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseEvent(input: DeliveryInput): IDataObject | undefined {
	if (input.body.outcome === 'read') {
		try {
			const parsed = JSON.parse(input.body.rawBody.toString('utf8')) as unknown;
			return isObject(parsed) ? parsed : undefined;
		} catch {
			return undefined;
		}
	}
	return isObject(input.parsedBody) ? input.parsedBody : undefined;
}

/** The body of a delivery whose token was accepted. */
export function decideDelivery(input: DeliveryInput): DeliveryDecision {
	if (input.body.outcome === 'too-large')
		return {
			action: 'reject',
			status: 413,
			message: `The delivery is larger than ${input.limitBytes} bytes`,
		};
	const event = parseEvent(input);
	if (!event) return { action: 'reject', status: 400, message: 'The body is not a JSON object' };

	const type = event.logisticsEventType;
	if (!input.acceptsType(type))
		return {
			action: 'ignore',
			status: 200,
			reason: 'event-type',
			message: `Event type ${JSON.stringify(typeof type === 'string' ? type : '')} is not selected on this trigger; ignored`,
		};
	if (!input.replay) return { action: 'run', event };

	const id = event.logisticsEventId;
	const time = event.logisticsEventTime;
	const verdict = checkEventReplay({
		...input.replay,
		id: (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : undefined,
		createdAt: typeof time === 'string' ? Date.parse(time) : Number.NaN,
	});
	if (verdict.action === 'ignore') return { status: 200, ...verdict };
	return { action: 'run', event, remember: verdict.state };
}
