import type { IDataObject } from 'n8n-workflow';

import {
	applyPoll,
	FUTURE_ALLOWANCE_MS,
	planPoll,
	readPollState,
	type PollSettings,
	type PollState,
} from '../../../nodes/FlexportEventsTrigger/pollState';

const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const MIN = 60_000;
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();
const ev = (id: number, minutes: number): IDataObject => ({
	_object: '/event',
	id,
	occurred_at: at(minutes),
	type: '/shipment#created',
});
const settings: PollSettings = { lookbackMs: 10 * MIN, pastEventsMs: 0 };
const ids = (events: IDataObject[]) => events.map((event) => event.id);

/** Polls `server` (all events that exist) the way the node does. */
function poll(
	state: PollState | undefined,
	server: IDataObject[],
	now: number,
	options: PollSettings = settings,
) {
	const plan = planPoll(state, now, options);
	const returned = server.filter(
		(event) => Date.parse(event.occurred_at as string) >= Date.parse(plan.from),
	);
	return { plan, ...applyPoll(state, plan, returned, now, options) };
}

describe('poll state', () => {
	it('first run records what exists without emitting it, then emits only new events', () => {
		const server = [ev(1, -5), ev(2, -1)];
		const first = poll(undefined, server, T0);
		expect(first.plan).toEqual({ firstRun: true, from: at(-10) });
		expect(first.fresh).toEqual([]);
		expect(first.state).toEqual({
			version: 1,
			cursor: at(0),
			windowStart: at(-10),
			seen: ['1', '2'],
		});

		server.push(ev(3, 1), ev(4, 2));
		const second = poll(first.state, server, T0 + 3 * MIN);
		expect(second.plan.from).toBe(at(-10));
		expect(ids(second.fresh)).toEqual([3, 4]);
		expect(second.state).toMatchObject({
			cursor: at(2),
			windowStart: at(-8),
			seen: ['1', '2', '3', '4'],
		});
	});

	it('"Include Past Events" emits the past window on the first run, oldest first', () => {
		const server = [ev(3, -30), ev(1, -90), ev(2, -50), ev(4, -200)];
		const first = poll(undefined, server, T0, { ...settings, pastEventsMs: 60 * MIN });
		expect(first.plan.from).toBe(at(-60));
		expect(ids(first.fresh)).toEqual([2, 3]);
	});

	it('emits an event at the boundary timestamp once, and a late event inside the window', () => {
		const server = [ev(10, 0)];
		let state = poll(undefined, server, T0 - MIN).state;
		server.push(ev(11, 5));
		let step = poll(state, server, T0 + 6 * MIN);
		expect(ids(step.fresh)).toEqual([11]);
		state = step.state;
		// Same timestamp as the cursor, plus one recorded late (3 minutes before the newest seen).
		server.push(ev(12, 5), ev(13, 2));
		step = poll(state, server, T0 + 7 * MIN);
		expect(ids(step.fresh)).toEqual([13, 12]);
		step = poll(step.state, server, T0 + 8 * MIN);
		expect(step.fresh).toEqual([]);
	});

	it('misses only events recorded later than the lookback window', () => {
		const server = [ev(1, 0)];
		let state = poll(undefined, server, T0).state;
		server.push(ev(2, 30));
		state = poll(state, server, T0 + 31 * MIN).state;
		server.push(ev(3, 15));
		expect(poll(state, server, T0 + 32 * MIN).fresh).toEqual([]);
	});

	it('de-duplicates repeats within one answer and events without readable times', () => {
		const state = poll(undefined, [], T0).state;
		const plan = planPoll(state, T0 + MIN, settings);
		const result = applyPoll(
			state,
			plan,
			[ev(5, 1), ev(5, 1), { id: 6, type: 'x' }, { type: 'no id' }],
			T0 + MIN,
			settings,
		);
		expect(ids(result.fresh)).toEqual([6, 5]);
	});

	it('caps the remembered ids by whole timestamps and moves the window so nothing repeats', () => {
		const capped = { ...settings, maxSeenIds: 3 };
		const server = [ev(1, 1), ev(2, 2), ev(3, 3), ev(4, 3), ev(5, 4)];
		const state = poll(undefined, [], T0, capped).state;
		const step = poll(state, server, T0 + 5 * MIN, capped);
		expect(ids(step.fresh)).toEqual([1, 2, 3, 4, 5]);
		expect(step.state).toMatchObject({ windowStart: at(3), seen: ['5', '4', '3'] });
		const again = poll(step.state, server, T0 + 6 * MIN, capped);
		expect(again.fresh).toEqual([]);
		// A single timestamp larger than the cap is kept whole.
		const crowd = [ev(20, 10), ev(21, 10), ev(22, 10), ev(23, 10)];
		const crowded = poll(again.state, [...server, ...crowd], T0 + 11 * MIN, capped);
		expect(ids(crowded.fresh)).toEqual([20, 21, 22, 23]);
		expect(crowded.state.seen).toHaveLength(4);
		expect(poll(crowded.state, [...server, ...crowd], T0 + 12 * MIN, capped).fresh).toEqual([]);
	});

	it('reads only usable stored states', () => {
		expect(readPollState(undefined)).toBeUndefined();
		expect(
			readPollState({ version: 2, cursor: at(0), windowStart: at(0), seen: [] }),
		).toBeUndefined();
		expect(
			readPollState({ version: 1, cursor: 'nope', windowStart: at(0), seen: [] }),
		).toBeUndefined();
		expect(
			readPollState({ version: 1, cursor: at(0), windowStart: at(0), seen: 'x' }),
		).toBeUndefined();
		expect(
			readPollState({ version: 1, cursor: at(0), windowStart: at(-1), seen: [1, '2'] }),
		).toEqual({ version: 1, cursor: at(0), windowStart: at(-1), seen: ['1', '2'] });
	});

	it('orders numeric ids numerically within a timestamp', () => {
		const state = poll(undefined, [], T0).state;
		const step = poll(state, [ev(100, 1), ev(99, 1), ev(1000, 1)], T0 + 2 * MIN);
		expect(ids(step.fresh)).toEqual([99, 100, 1000]);
	});

	describe('events dated ahead of the clock', () => {
		const FAR = '2099-01-01T00:00:00.000Z';
		const farEvent = (id: number): IDataObject => ({ ...ev(id, 0), occurred_at: FAR });

		it('a 2099 event is emitted once, does not move the cursor, and later events still come out', () => {
			const server: IDataObject[] = [ev(1, -2)];
			let step = poll(undefined, server, T0);
			server.push(farEvent(2), ev(3, 1));
			step = poll(step.state, server, T0 + 2 * MIN);
			expect(ids(step.fresh)).toEqual([3, 2]);
			expect(step.state).toMatchObject({ cursor: at(1), windowStart: at(-9), ahead: ['2'] });
			const emitted: unknown[] = [];
			for (let minute = 3; minute <= 30; minute += 3) {
				server.push(ev(100 + minute, minute));
				step = poll(step.state, server, T0 + (minute + 1) * MIN);
				expect(Date.parse(step.plan.from)).toBeLessThanOrEqual(T0 + minute * MIN);
				emitted.push(...ids(step.fresh));
			}
			expect(emitted).toEqual([103, 106, 109, 112, 115, 118, 121, 124, 127, 130]);
			expect(step.state.cursor).toBe(at(30));
			expect(step.state.ahead).toEqual(['2']);
		});

		it('the cursor stops at now plus the allowance; an event just inside it still moves the cursor', () => {
			const state = poll(undefined, [], T0).state;
			const inside = { ...ev(1, 0), occurred_at: new Date(T0 + FUTURE_ALLOWANCE_MS).toISOString() };
			const outside = {
				...ev(2, 0),
				occurred_at: new Date(T0 + FUTURE_ALLOWANCE_MS + 1).toISOString(),
			};
			const step = poll(state, [inside, outside], T0);
			expect(ids(step.fresh)).toEqual([1, 2]);
			expect(Date.parse(step.state.cursor)).toBe(T0 + FUTURE_ALLOWANCE_MS);
			expect(step.state).toMatchObject({ seen: ['1'], ahead: ['2'] });
		});

		it('an event that skewed clocks dated two hours ahead (more than the look-back) loses no later event', () => {
			const server: IDataObject[] = [];
			let step = poll(undefined, server, T0);
			server.push(ev(1, 120));
			step = poll(step.state, server, T0 + MIN);
			expect(ids(step.fresh)).toEqual([1]);
			const emitted: unknown[] = [];
			for (let minute = 2; minute <= 150; minute += 4) {
				server.push(ev(1000 + minute, minute));
				step = poll(step.state, server, T0 + (minute + 1) * MIN);
				emitted.push(...ids(step.fresh));
				// Once the clock has reached it, the early event is an ordinary remembered one.
				if (minute === 122) expect(step.state.seen).toEqual(['1114', '1118', '1', '1122']);
			}
			const expected = server.slice(1).map((event) => event.id);
			expect(emitted).toEqual(expected);
			expect(step.state.ahead).toBeUndefined();
		});

		it('a state stored with the cursor in 2099 (before this rule) recovers without repeating what it saw', () => {
			const stuck: PollState = { version: 1, cursor: FAR, windowStart: FAR, seen: ['2'] };
			const server = [ev(1, -30), farEvent(2), ev(3, -5), ev(4, -1)];
			const step = poll(stuck, server, T0);
			expect(step.plan.from).toBe(at(-5));
			expect(ids(step.fresh)).toEqual([3, 4]);
			expect(step.state).toMatchObject({ cursor: at(5), ahead: ['2'] });
			expect(poll(step.state, server, T0 + MIN).fresh).toEqual([]);
		});

		it('remembers at most the cap of events ahead, the nearest first', () => {
			const capped = { ...settings, maxSeenIds: 2 };
			const state = poll(undefined, [], T0, capped).state;
			const server = [ev(7, 300), ev(5, 100), ev(6, 200)];
			const step = poll(state, server, T0 + MIN, capped);
			expect(ids(step.fresh)).toEqual([5, 6, 7]);
			expect(step.state.ahead).toEqual(['5', '6']);
		});

		it('keeps emitting nothing twice when events ahead and current ones share polls', () => {
			const server: IDataObject[] = [];
			let state = poll(undefined, server, T0).state;
			const emitted: unknown[] = [];
			for (let round = 1; round <= 8; round++) {
				server.push(ev(round * 10, round), { ...farEvent(round * 10 + 1) });
				const step = poll(state, server, T0 + (round + 1) * MIN);
				emitted.push(...ids(step.fresh));
				state = step.state;
			}
			expect(new Set(emitted).size).toBe(emitted.length);
			expect([...emitted].sort()).toEqual(server.map((event) => event.id).sort());
		});
	});

	it('reads the events-ahead list of a stored state and refuses a malformed one', () => {
		expect(
			readPollState({ version: 1, cursor: at(0), windowStart: at(-1), seen: [], ahead: [9] }),
		).toEqual({ version: 1, cursor: at(0), windowStart: at(-1), seen: [], ahead: ['9'] });
		expect(
			readPollState({ version: 1, cursor: at(0), windowStart: at(-1), seen: [], ahead: 'x' }),
		).toBeUndefined();
	});
});
