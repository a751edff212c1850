/** The poll options reader is shared by both polling triggers. */
export {
	LOOKBACK_OPTION,
	PAST_EVENTS_OPTION,
	POLL_OPTIONS_PROPERTY,
	readPollSettings,
	type PollSettingsResult,
} from '../shared/triggers/pollSettings';
