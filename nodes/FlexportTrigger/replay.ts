/**
 * Repeated and too-old deliveries of Flexport events: the id is `id`, the creation time
 * `created_at`. The store itself is shared with the Logistics trigger (nodes/shared/triggers/replay.ts).
 */
import type { IDataObject } from 'n8n-workflow';

import { eventId } from '../shared/triggers/pollState';
import { checkEventReplay, type ReplayVerdict } from '../shared/triggers/replay';

export {
	MAX_REMEMBERED_EVENTS,
	REPLAY_STATE_VERSION,
	readReplayState,
	type ReplayState,
	type ReplayVerdict,
} from '../shared/triggers/replay';

export interface ReplayCheck {
	/** What the static data holds (anything; unusable data counts as empty). */
	stored: unknown;
	event: IDataObject;
	now: number;
	/** 0: no age limit. */
	maxAgeMs: number;
	maxRemembered?: number;
}

export function checkReplay(check: ReplayCheck): ReplayVerdict {
	const { event, ...rest } = check;
	const createdAt =
		typeof event.created_at === 'string' ? Date.parse(event.created_at) : Number.NaN;
	return checkEventReplay({ ...rest, id: eventId(event), createdAt });
}
