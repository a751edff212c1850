/** The cursor rule with another time field (`time`, as the Logistics events have). */
import type { IDataObject } from 'n8n-workflow';

import {
	applyPoll,
	FUTURE_ALLOWANCE_MS,
	planPoll,
} from '../../../../nodes/shared/triggers/pollState';

const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const MIN = 60_000;
const settings = { lookbackMs: 60 * MIN, pastEventsMs: 0 };
const ev = (id: string, minutes: number): IDataObject => ({
	id,
	time: new Date(T0 + minutes * MIN).toISOString(),
});

describe('applyPoll with timeField "time"', () => {
	it('first run records, later runs emit new events once, the cursor follows their time', () => {
		const first = applyPoll(
			undefined,
			planPoll(undefined, T0, settings),
			[ev('a', -5)],
			T0,
			settings,
			'time',
		);
		expect(first.fresh).toEqual([]);
		const later = T0 + 2 * MIN;
		const plan = planPoll(first.state, later, settings);
		const second = applyPoll(first.state, plan, [ev('a', -5), ev('b', 1)], later, settings, 'time');
		expect(second.fresh.map((event) => event.id)).toEqual(['b']);
		expect(second.state.cursor).toBe(new Date(T0 + MIN).toISOString());
	});

	it('the cursor never passes now plus the allowance: a far-future event is emitted once and kept apart', () => {
		const first = applyPoll(undefined, planPoll(undefined, T0, settings), [], T0, settings, 'time');
		const future = ev('f', 24 * 60);
		const next = applyPoll(
			first.state,
			planPoll(first.state, T0 + MIN, settings),
			[future],
			T0 + MIN,
			settings,
			'time',
		);
		expect(next.fresh.map((event) => event.id)).toEqual(['f']);
		expect(Date.parse(next.state.cursor)).toBeLessThanOrEqual(T0 + MIN + FUTURE_ALLOWANCE_MS);
		expect(next.state.ahead).toEqual(['f']);
		const again = applyPoll(
			next.state,
			planPoll(next.state, T0 + 2 * MIN, settings),
			[future],
			T0 + 2 * MIN,
			settings,
			'time',
		);
		expect(again.fresh).toEqual([]);
	});

	it('reads the named field only: an event without it is placed at the window start', () => {
		const first = applyPoll(undefined, planPoll(undefined, T0, settings), [], T0, settings, 'time');
		const plan = planPoll(first.state, T0 + MIN, settings);
		const outcome = applyPoll(
			first.state,
			plan,
			[{ id: 'x', occurred_at: new Date(T0).toISOString() }],
			T0 + MIN,
			settings,
			'time',
		);
		expect(outcome.fresh.map((event) => event.id)).toEqual(['x']);
		expect(outcome.state.cursor).toBe(first.state.cursor);
	});
});
