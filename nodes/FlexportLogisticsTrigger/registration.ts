/**
 * What the trigger remembers of its webhooks at Flexport, in the workflow's static data (saved by
 * n8n after activation and deactivation): the URL they deliver to, the header carrying the token,
 * a SHA-256 digest of the token (the token itself is only ever sent to Flexport), and the id and
 * type of each registration. No n8n side effects.
 */
import type { IDataObject } from 'n8n-workflow';

export const REGISTRATION_VERSION = 1;

/** Static data keys of this node. */
export const REGISTRATION_KEY = 'flexportLogisticsWebhooks';
export const DELIVERIES_KEY = 'flexportLogisticsDeliveries';

export interface RegisteredWebhook {
	id: string;
	type: string;
}

export interface Registration {
	version: number;
	url: string;
	tokenHeader: string;
	tokenDigest: string;
	webhooks: RegisteredWebhook[];
}

/** A WebhookModel as GET /webhooks lists it (the fields this trigger reads). */
export interface FlexportWebhook {
	id: string;
	type: string;
	url: string;
}

/** A stored registration this code can use, or undefined. */
export function readRegistration(stored: unknown): Registration | undefined {
	if (stored === null || typeof stored !== 'object') return undefined;
	const state = stored as Partial<Registration>;
	if (
		state.version !== REGISTRATION_VERSION ||
		typeof state.url !== 'string' ||
		typeof state.tokenHeader !== 'string' ||
		typeof state.tokenDigest !== 'string' ||
		!Array.isArray(state.webhooks)
	)
		return undefined;
	const webhooks = state.webhooks.filter(
		(hook): hook is RegisteredWebhook =>
			hook !== null &&
			typeof hook === 'object' &&
			typeof hook.id === 'string' &&
			typeof hook.type === 'string',
	);
	return { ...(state as Registration), webhooks };
}

/** The webhooks of a GET /webhooks answer, ids as text (the API types them as numbers). */
export function readWebhookList(records: IDataObject[]): FlexportWebhook[] {
	return records
		.filter((record) => typeof record.id === 'number' || typeof record.id === 'string')
		.map((record) => ({
			id: String(record.id),
			type: String(record.type ?? ''),
			url: String(record.url ?? ''),
		}));
}

export interface Wanted {
	url: string;
	tokenHeader: string;
	types: string[];
}

/**
 * Whether the stored registration still serves what the node asks for: the same URL, header and
 * event types, and every registered webhook still listed by Flexport with that URL and type.
 */
export function registrationIsCurrent(
	registration: Registration | undefined,
	wanted: Wanted,
	listed: FlexportWebhook[],
): boolean {
	if (!registration || registration.url !== wanted.url) return false;
	if (registration.tokenHeader.toLowerCase() !== wanted.tokenHeader.toLowerCase()) return false;
	const types = registration.webhooks.map((hook) => hook.type).sort();
	if (types.join('\n') !== [...wanted.types].sort().join('\n')) return false;
	return registration.webhooks.every((hook) =>
		listed.some(
			(entry) => entry.id === hook.id && entry.url === wanted.url && entry.type === hook.type,
		),
	);
}

/**
 * The webhooks at Flexport that are this node's and have to go before it registers again (or
 * when it is deactivated): those delivering to its URL (only this node has it) and those it
 * registered before at an earlier URL.
 */
export function ownWebhookIds(
	registration: Registration | undefined,
	url: string,
	listed: FlexportWebhook[] | undefined,
): string[] {
	const ids = new Set<string>();
	const earlier = new Set(registration?.webhooks.map((hook) => hook.id) ?? []);
	if (!listed) return [...earlier];
	for (const entry of listed) {
		if (entry.url === url || (earlier.has(entry.id) && entry.url === registration?.url))
			ids.add(entry.id);
	}
	return [...ids];
}
