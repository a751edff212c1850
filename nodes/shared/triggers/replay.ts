/**
 * Repeated deliveries of one event (the dedupe store of both webhook triggers). A captured delivery
 * stays valid, and the API retries deliveries it thinks failed, so each accepted event id is
 * remembered in the workflow's static data (saved by n8n after every production delivery) until it
 * is older than the Maximum Event Age, and at most MAX_REMEMBERED_EVENTS of them; an event created
 * longer ago than that age is refused on its own. The caller says which fields hold the id and the
 * creation time. No n8n side effects.
 */

export const REPLAY_STATE_VERSION = 1;
export const MAX_REMEMBERED_EVENTS = 2000;

export interface ReplayState {
	version: number;
	/** [event id, time in ms], oldest first. The time is the creation time (never later than receipt). */
	events: Array<[string, number]>;
}

export type ReplayVerdict =
	| { action: 'accept'; state: ReplayState }
	| { action: 'ignore'; reason: 'duplicate' | 'too-old'; message: string };

export interface EventReplayCheck {
	/** What the static data holds (anything; unusable data counts as empty). */
	stored: unknown;
	/** The event's id; undefined when it has none (then only its age is checked). */
	id: string | undefined;
	/** When the event was created, in ms; NaN when unknown. */
	createdAt: number;
	now: number;
	/** 0: no age limit. */
	maxAgeMs: number;
	maxRemembered?: number;
}

export function readReplayState(stored: unknown): ReplayState {
	const empty: ReplayState = { version: REPLAY_STATE_VERSION, events: [] };
	if (stored === null || typeof stored !== 'object') return empty;
	const state = stored as Partial<ReplayState>;
	if (state.version !== REPLAY_STATE_VERSION || !Array.isArray(state.events)) return empty;
	const events = state.events.filter(
		(entry): entry is [string, number] =>
			Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]),
	);
	return { version: REPLAY_STATE_VERSION, events };
}

function hours(ms: number): string {
	const value = ms / 3_600_000;
	return `${Number.isInteger(value) ? value : value.toFixed(2)} hour${value === 1 ? '' : 's'}`;
}

export function checkEventReplay(check: EventReplayCheck): ReplayVerdict {
	const { id, createdAt, now, maxAgeMs } = check;
	const maxRemembered = Math.max(1, check.maxRemembered ?? MAX_REMEMBERED_EVENTS);
	const oldest = maxAgeMs > 0 ? now - maxAgeMs : -Infinity;
	const remembered = readReplayState(check.stored).events.filter(([, at]) => at >= oldest);
	const label = id === undefined ? 'The event' : `Event ${id}`;

	if (id !== undefined && remembered.some(([known]) => known === id)) {
		return {
			action: 'ignore',
			reason: 'duplicate',
			message: `${label} was already received; this repeated delivery is ignored`,
		};
	}
	// Without a readable creation time the age is unknown; the id check above still applies.
	if (Number.isFinite(createdAt) && createdAt < oldest) {
		return {
			action: 'ignore',
			reason: 'too-old',
			message: `${label} was created at ${new Date(createdAt).toISOString()}, more than ${hours(maxAgeMs)} ago (Maximum Event Age); ignored`,
		};
	}

	if (id !== undefined) {
		const at = Number.isFinite(createdAt) ? Math.min(createdAt, now) : now;
		remembered.push([id, at]);
		remembered.sort((a, b) => a[1] - b[1]);
	}
	return {
		action: 'accept',
		state: { version: REPLAY_STATE_VERSION, events: remembered.slice(-maxRemembered) },
	};
}
