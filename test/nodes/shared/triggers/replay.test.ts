/** The dedupe store with the fields a caller names (the freight adapter is tested in test/nodes/FlexportTrigger/). */
import { checkEventReplay, MAX_REMEMBERED_EVENTS } from '../../../../nodes/shared/triggers/replay';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const HOUR = 3_600_000;

describe('checkEventReplay', () => {
	it('accepts an id once, then ignores it as a duplicate', () => {
		const first = checkEventReplay({
			stored: undefined,
			id: 'e1',
			createdAt: NOW,
			now: NOW,
			maxAgeMs: 48 * HOUR,
		});
		expect(first.action).toBe('accept');
		const stored = first.action === 'accept' ? first.state : undefined;
		expect(
			checkEventReplay({ stored, id: 'e1', createdAt: NOW, now: NOW + 1, maxAgeMs: 48 * HOUR }),
		).toMatchObject({
			action: 'ignore',
			reason: 'duplicate',
			message: 'Event e1 was already received; this repeated delivery is ignored',
		});
	});

	it('an event older than the age is ignored; an unknown time counts as now; without an id nothing is stored', () => {
		expect(
			checkEventReplay({
				stored: undefined,
				id: 'old',
				createdAt: NOW - 49 * HOUR,
				now: NOW,
				maxAgeMs: 48 * HOUR,
			}),
		).toMatchObject({ action: 'ignore', reason: 'too-old' });
		const unknown = checkEventReplay({
			stored: undefined,
			id: 'u',
			createdAt: Number.NaN,
			now: NOW,
			maxAgeMs: HOUR,
		});
		expect(unknown).toEqual({ action: 'accept', state: { version: 1, events: [['u', NOW]] } });
		expect(
			checkEventReplay({ stored: undefined, id: undefined, createdAt: NOW, now: NOW, maxAgeMs: 0 }),
		).toEqual({
			action: 'accept',
			state: { version: 1, events: [] },
		});
	});

	it('keeps at most the newest MAX_REMEMBERED_EVENTS ids', () => {
		let stored: unknown;
		for (let index = 0; index <= MAX_REMEMBERED_EVENTS; index++) {
			const verdict = checkEventReplay({
				stored,
				id: `e${index}`,
				createdAt: NOW + index,
				now: NOW + index,
				maxAgeMs: 0,
			});
			if (verdict.action === 'accept') stored = verdict.state;
		}
		const events = (stored as { events: Array<[string, number]> }).events;
		expect(events).toHaveLength(MAX_REMEMBERED_EVENTS);
		expect(events[0][0]).toBe('e1');
	});
});
