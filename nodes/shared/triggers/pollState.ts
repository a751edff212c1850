/**
 * Poll window and de-duplication for the polling triggers (freight and Logistics events), without
 * n8n side effects. The caller names the field that holds an event's time (`occurred_at`, `time`).
 *
 * Each poll asks the API for everything at or after `windowStart`, and emits the events whose
 * ids are not in `seen`. After the poll:
 *   - `cursor` is the latest event time seen so far (the local clock only seeds it on the first
 *     poll, so clock differences with the API do not matter afterwards), but never later than
 *     this machine's clock plus FUTURE_ALLOWANCE_MS: an event dated further ahead (a typo, 2099,
 *     a source whose clock runs fast) would otherwise move every later query past the real
 *     events. Such events are emitted once and remembered in `ahead` (every query returns them
 *     again) until the clock reaches them;
 *   - `windowStart` is `cursor - lookback`: events recorded late, with a time up to `lookback`
 *     before the newest event seen, are still caught;
 *   - `seen` holds the ids of every fetched event at or after `windowStart`, i.e. every id the next
 *     query can return again. It is capped; when the cap bites, `windowStart` moves forward to
 *     the oldest timestamp kept, whole timestamps at a time, so nothing kept out of `seen` can be
 *     fetched again and nothing is emitted twice.
 */
import type { IDataObject } from 'n8n-workflow';

export const POLL_STATE_VERSION = 1;
export const DEFAULT_MAX_SEEN_IDS = 1000;
/** How far past this machine's clock an event's time may still move the cursor. */
export const FUTURE_ALLOWANCE_MS = 5 * 60_000;

export interface PollState {
	version: number;
	/** ISO time: the newest event time seen (or the first poll's time). */
	cursor: string;
	/** ISO time the next poll asks from (inclusive). */
	windowStart: string;
	/** Ids (as strings) of fetched events with windowStart ≤ time ≤ now + allowance. */
	seen: string[];
	/** Ids of fetched events dated after now + allowance, nearest first; omitted when there are none. */
	ahead?: string[];
}

export interface PollSettings {
	/** How far before the newest event seen the next query starts, in ms. */
	lookbackMs: number;
	/** On the first poll, emit events from this many ms back instead of only recording them. 0: do not. */
	pastEventsMs: number;
	maxSeenIds?: number;
}

export interface PollPlan {
	firstRun: boolean;
	/** ISO time to ask from (inclusive). */
	from: string;
}

export interface PollOutcome {
	/** New events to emit, oldest first (before any type filter). */
	fresh: IDataObject[];
	state: PollState;
}

function iso(ms: number): string {
	return new Date(ms).toISOString();
}

function time(value: unknown): number {
	return typeof value === 'string' ? Date.parse(value) : NaN;
}

/** A stored state this code can use, or undefined (then the poll counts as a first run). */
export function readPollState(stored: unknown): PollState | undefined {
	if (stored === null || typeof stored !== 'object') return undefined;
	const state = stored as Partial<PollState>;
	if (state.version !== POLL_STATE_VERSION) return undefined;
	if (
		Number.isNaN(time(state.cursor)) ||
		Number.isNaN(time(state.windowStart)) ||
		!Array.isArray(state.seen) ||
		(state.ahead !== undefined && !Array.isArray(state.ahead))
	)
		return undefined;
	return {
		version: POLL_STATE_VERSION,
		cursor: state.cursor as string,
		windowStart: state.windowStart as string,
		seen: state.seen.map(String),
		...(state.ahead?.length ? { ahead: state.ahead.map(String) } : {}),
	};
}

/**
 * The stored cursor and window start as this poll may use them: the cursor no later than `limit`.
 * A window that starts after the cursor so bounded (a state stored while a far-future event held
 * the cursor, or after this machine's clock was set back) would hide every current event, so it
 * restarts `lookbackMs` before the cursor.
 */
function boundedWindow(
	state: PollState,
	limit: number,
	lookbackMs: number,
): { cursor: number; windowStart: number } {
	const cursor = Math.min(time(state.cursor), limit);
	const windowStart = time(state.windowStart);
	return { cursor, windowStart: windowStart > cursor ? cursor - lookbackMs : windowStart };
}

export function planPoll(
	state: PollState | undefined,
	now: number,
	settings: PollSettings,
): PollPlan {
	if (state) {
		const { windowStart } = boundedWindow(state, now + FUTURE_ALLOWANCE_MS, settings.lookbackMs);
		return { firstRun: false, from: iso(windowStart) };
	}
	const back =
		settings.pastEventsMs > 0
			? Math.max(settings.pastEventsMs, settings.lookbackMs)
			: settings.lookbackMs;
	return { firstRun: true, from: iso(now - back) };
}

export function eventId(event: IDataObject): string | undefined {
	const id = event.id;
	if (typeof id === 'number' && Number.isFinite(id)) return String(id);
	if (typeof id === 'string' && id !== '') return id;
	return undefined;
}

function compareIds(a: string, b: string): number {
	const numeric = /^\d+$/;
	if (numeric.test(a) && numeric.test(b) && a.length !== b.length) return a.length - b.length;
	return a < b ? -1 : a > b ? 1 : 0;
}

interface Entry {
	id: string;
	at: number;
	event: IDataObject;
}

/** Oldest first; events at the same time by id. */
export function sortOldestFirst<T extends { at: number; id: string }>(entries: T[]): T[] {
	return [...entries].sort((x, y) => x.at - y.at || compareIds(x.id, y.id));
}

/**
 * Folds one poll's results into the state. `events` is everything the API returned from
 * plan.from on, in any order and possibly with repeats across pages; `timeField` names the field
 * holding each event's time.
 */
export function applyPoll(
	state: PollState | undefined,
	plan: PollPlan,
	events: IDataObject[],
	now: number,
	settings: PollSettings,
	timeField: string,
): PollOutcome {
	const maxSeen = Math.max(1, settings.maxSeenIds ?? DEFAULT_MAX_SEEN_IDS);
	const fromMs = time(plan.from);
	const byId = new Map<string, Entry>();
	for (const event of events) {
		const id = eventId(event);
		if (id === undefined || byId.has(id)) continue;
		const at = time(event[timeField]);
		// The query returned it for time ≥ from; without a readable time it is placed there.
		byId.set(id, { id, at: Number.isNaN(at) ? fromMs : at, event });
	}
	const entries = sortOldestFirst([...byId.values()]);

	const known = new Set([...(state?.seen ?? []), ...(state?.ahead ?? [])]);
	const unseen = entries.filter((entry) => !known.has(entry.id));
	const emitNow = !plan.firstRun || settings.pastEventsMs > 0;
	const pastFrom = now - settings.pastEventsMs;
	const fresh = emitNow
		? unseen.filter((entry) => !plan.firstRun || entry.at >= pastFrom).map((entry) => entry.event)
		: [];

	const limit = now + FUTURE_ALLOWANCE_MS;
	const current = entries.filter((entry) => entry.at <= limit);
	// Every later query returns these again until the clock reaches them: remember them, never let them move the cursor.
	const ahead = entries.filter((entry) => entry.at > limit).slice(0, maxSeen);

	const stored = state ? boundedWindow(state, limit, settings.lookbackMs) : undefined;
	let cursor = stored ? stored.cursor : now;
	for (const entry of current) if (entry.at > cursor) cursor = entry.at;
	let windowStart = Math.max(cursor - settings.lookbackMs, stored ? stored.windowStart : -Infinity);
	// Never start the next window after events the query could still return unseen.
	let kept = current.filter((entry) => entry.at >= windowStart);
	if (kept.length > maxSeen) {
		const newestFirst = [...kept].reverse();
		const limited: Entry[] = [];
		let index = 0;
		while (index < newestFirst.length) {
			const at = newestFirst[index].at;
			let end = index;
			while (end < newestFirst.length && newestFirst[end].at === at) end++;
			if (limited.length > 0 && limited.length + (end - index) > maxSeen) break;
			limited.push(...newestFirst.slice(index, end));
			index = end;
		}
		kept = limited;
		windowStart = Math.max(windowStart, Math.min(...kept.map((entry) => entry.at)));
	}

	return {
		fresh,
		state: {
			version: POLL_STATE_VERSION,
			cursor: iso(cursor),
			windowStart: iso(windowStart),
			seen: kept.map((entry) => entry.id),
			...(ahead.length > 0 ? { ahead: ahead.map((entry) => entry.id) } : {}),
		},
	};
}
