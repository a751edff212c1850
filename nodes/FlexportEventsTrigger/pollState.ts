/**
 * The Events Trigger's poll window over `GET /events`, which can only be filtered by `occurred_at`
 * (docs/reference/flexport-api.md §9.6). The window and cursor rules are shared with the Logistics
 * events trigger (nodes/shared/triggers/pollState.ts); here events are timed by `occurred_at`.
 */
import { applyPoll as applySharedPoll, type PollOutcome } from '../shared/triggers/pollState';

export {
	DEFAULT_MAX_SEEN_IDS,
	eventId,
	FUTURE_ALLOWANCE_MS,
	planPoll,
	POLL_STATE_VERSION,
	readPollState,
	sortOldestFirst,
	type PollOutcome,
	type PollPlan,
	type PollSettings,
	type PollState,
} from '../shared/triggers/pollState';

/** The field of a freight event that holds its time. */
export const EVENT_TIME_FIELD = 'occurred_at';

/** The shared applyPoll's arguments but the time field. */
type FreightPollArguments =
	Parameters<typeof applySharedPoll> extends [...infer Others, string] ? Others : never;

/** Folds one poll's results (everything returned for f.occurred_at.gte = plan.from) into the state. */
export function applyPoll(...args: FreightPollArguments): PollOutcome {
	return applySharedPoll(...args, EVENT_TIME_FIELD);
}
