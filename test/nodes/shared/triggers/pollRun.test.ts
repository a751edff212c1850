/** A polling trigger's run: what a scheduled poll emits and stores, and what a test run shows. */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { buildEventTypeFilter } from '../../../../nodes/shared/triggers/eventTypeFilter';
import {
	latestEvents,
	pollNewEvents,
	TEST_RUN_MAX_EMITTED,
} from '../../../../nodes/shared/triggers/pollRun';

const MIN = 60_000;
const settings = { lookbackMs: 60 * MIN, pastEventsMs: 0 };
const anyType = buildEventTypeFilter({ events: ['*'] });

function pollContext(staticData: IDataObject): IPollFunctions {
	return { getWorkflowStaticData: () => staticData } as unknown as IPollFunctions;
}

describe('pollNewEvents', () => {
	it('records on the first poll, then emits each new event of a chosen type once', async () => {
		const staticData: IDataObject = {};
		const now = Date.now();
		const at = (minutes: number) => new Date(now + minutes * MIN).toISOString();
		const listed: IDataObject[] = [{ id: 'old', type: 'a.created', at: at(-5) }];
		const asked: string[] = [];
		const polled = {
			stateKey: 'pollState',
			timeField: 'at',
			acceptsType: buildEventTypeFilter({ events: ['a.created'] }),
			listFrom: async (from: string) => {
				asked.push(from);
				return listed;
			},
		};

		expect(await pollNewEvents(pollContext(staticData), polled, settings)).toEqual([]);
		expect(staticData.pollState).toMatchObject({ seen: ['old'] });
		expect(Date.parse(asked[0])).toBeLessThanOrEqual(now - 60 * MIN + 1000);

		listed.push(
			{ id: 'new', type: 'a.created', at: at(0) },
			{ id: 'other', type: 'b.created', at: at(0) },
		);
		const second = await pollNewEvents(pollContext(staticData), polled, settings);
		expect(second.map((event) => event.id)).toEqual(['new']);
		expect(await pollNewEvents(pollContext(staticData), polled, settings)).toEqual([]);
	});
});

describe('latestEvents (a test run)', () => {
	it('keeps the events of the chosen types, oldest first, timed by the given field', () => {
		const events = Array.from({ length: TEST_RUN_MAX_EMITTED + 5 }, (_, index) => ({
			id: `e${index}`,
			type: index % 2 === 0 ? 'wanted' : 'skipped',
			time: new Date(Date.UTC(2026, 0, 1, 0, 60 - index)).toISOString(),
		}));
		const latest = latestEvents(events, buildEventTypeFilter({ events: ['wanted'] }), 'time');
		// Listed newest first; shown oldest first.
		expect(latest.map((event) => event.id)).toEqual([
			'e14',
			'e12',
			'e10',
			'e8',
			'e6',
			'e4',
			'e2',
			'e0',
		]);
		expect(latest.every((event) => event.type === 'wanted')).toBe(true);
	});

	it('shows at most TEST_RUN_MAX_EMITTED events', () => {
		const events = Array.from({ length: TEST_RUN_MAX_EMITTED * 3 }, (_, index) => ({
			id: String(index),
			occurred_at: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
		}));
		const latest = latestEvents(events, anyType, 'occurred_at');
		expect(latest).toHaveLength(TEST_RUN_MAX_EMITTED);
		expect(latest[latest.length - 1].id).toBe(String(TEST_RUN_MAX_EMITTED * 3 - 1));
	});
});
