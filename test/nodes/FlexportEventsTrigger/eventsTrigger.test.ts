/**
 * Flexport Events Trigger: poll() in n8n-core's PollContext against the simulator's GET /events,
 * with the managed token, real pagination and workflow static data kept between polls.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runPoll } from '../../harness/pollHarness';
import { useSimulator } from '../../harness/simulatorFixture';

const env = useSimulator();
type AddEvent = (partial?: IDataObject) => IDataObject;

function addEvents(count: number, partial: IDataObject = {}): IDataObject[] {
	const add = env.sim.addEvent as AddEvent;
	return Array.from({ length: count }, () =>
		add({ type: '/shipment#schedule_confirmed', ...partial }),
	);
}

function ids(result: INodeExecutionData[][] | null): number[] {
	return (result?.[0] ?? []).map((item) => item.json.id as number);
}

function eventRequests() {
	return env.sim.requests.filter((request) => request.path === '/events');
}

describe('Flexport Events Trigger', () => {
	it('first run records existing events without emitting them; later polls emit only new ones, oldest first', async () => {
		const staticData: IDataObject = {};
		addEvents(2);
		expect(await runPoll(env.store, { parameters: {}, staticData })).toBeNull();
		expect(staticData.flexportEvents).toMatchObject({ version: 1 });

		env.sim.advanceClock(1000);
		const first = addEvents(1)[0];
		env.sim.advanceClock(1000);
		const second = addEvents(2);
		const result = await runPoll(env.store, { parameters: {}, staticData });
		expect(ids(result)).toEqual([first.id, ...second.map((event) => event.id)]);
		expect(await runPoll(env.store, { parameters: {}, staticData })).toBeNull();
		// Every request carried the window start; one token served all polls.
		expect(
			eventRequests().every((request) => typeof request.query['f.occurred_at.gte'] === 'string'),
		).toBe(true);
		expect(eventRequests().every((request) => request.validationErrors.length === 0)).toBe(true);
		expect(env.sim.stats().tokenRequests).toBe(1);
	});

	it('pages through more than 100 new events and emits each exactly once', async () => {
		const staticData: IDataObject = {};
		await runPoll(env.store, { parameters: {}, staticData });
		const added: IDataObject[] = [];
		for (let batch = 0; batch < 5; batch++) {
			env.sim.advanceClock(500);
			added.push(...addEvents(50));
		}
		const before = eventRequests().length;
		const result = await runPoll(env.store, { parameters: {}, staticData });
		const emitted = ids(result);
		expect(emitted).toHaveLength(250);
		expect(new Set(emitted).size).toBe(250);
		expect(emitted).toEqual(added.map((event) => event.id));
		expect(eventRequests().length - before).toBeGreaterThanOrEqual(3);
		expect(
			eventRequests()
				.slice(before)
				.every((request) => request.query.per === '100'),
		).toBe(true);
		expect(await runPoll(env.store, { parameters: {}, staticData })).toBeNull();
	});

	it('emits an event at the boundary timestamp once, events arriving between polls, and survives a restart', async () => {
		let staticData: IDataObject = {};
		await runPoll(env.store, { parameters: {}, staticData });
		const emitted: number[] = [];
		const added: number[] = [];

		env.sim.advanceClock(1000);
		const boundary = addEvents(1)[0];
		added.push(boundary.id as number);
		emitted.push(...ids(await runPoll(env.store, { parameters: {}, staticData })));

		// Same occurred_at as the newest event already emitted.
		const twin = addEvents(1, { occurred_at: boundary.occurred_at })[0];
		added.push(twin.id as number);
		emitted.push(...ids(await runPoll(env.store, { parameters: {}, staticData })));

		// A restart: n8n loads the stored static data into a fresh object.
		staticData = JSON.parse(JSON.stringify(staticData)) as IDataObject;
		env.sim.advanceClock(1000);
		added.push(...addEvents(3).map((event) => event.id as number));
		// Recorded late: occurred 20 minutes before the newest event seen (inside the 60-minute window).
		const late = addEvents(1, {
			occurred_at: new Date(Date.parse(boundary.occurred_at as string) - 20 * 60_000).toISOString(),
		})[0];
		added.push(late.id as number);
		emitted.push(...ids(await runPoll(env.store, { parameters: {}, staticData })));
		emitted.push(...ids(await runPoll(env.store, { parameters: {}, staticData })));

		expect(emitted.sort((a, b) => a - b)).toEqual(added.sort((a, b) => a - b));
	});

	it('interleaves additions with polls: no event lost, none emitted twice', async () => {
		const staticData: IDataObject = {};
		await runPoll(env.store, { parameters: {}, staticData });
		const added: number[] = [];
		const emitted: number[] = [];
		for (let round = 0; round < 6; round++) {
			env.sim.advanceClock(round % 2 === 0 ? 0 : 700);
			added.push(...addEvents(round * 17).map((event) => event.id as number));
			emitted.push(...ids(await runPoll(env.store, { parameters: {}, staticData })));
		}
		expect(new Set(emitted).size).toBe(emitted.length);
		expect([...emitted].sort((a, b) => a - b)).toEqual([...added].sort((a, b) => a - b));
		expect(env.sim.stats().tokenRequests).toBe(1);
	});

	it('filters by event type but still remembers the others', async () => {
		const staticData: IDataObject = {};
		const parameters = {
			events: ['/shipment_leg#departed'],
			otherEventTypes: '/purchase_order#updated',
		};
		await runPoll(env.store, { parameters, staticData });
		env.sim.advanceClock(1000);
		const departed = addEvents(1, { type: '/shipment_leg#departed' })[0];
		addEvents(2, { type: '/shipment#created' });
		const custom = addEvents(1, { type: '/purchase_order#updated' })[0];
		expect(ids(await runPoll(env.store, { parameters, staticData }))).toEqual([
			departed.id,
			custom.id,
		]);
		expect(await runPoll(env.store, { parameters: {}, staticData })).toBeNull();
	});

	it('"Include Past Events" emits the past window on the first run', async () => {
		const staticData: IDataObject = {};
		const since = Date.now() - 24 * 3600_000;
		const all = (env.sim.db as { events: { all(): IDataObject[] } }).events.all();
		const expected = all
			.filter((event) => Date.parse(event.occurred_at as string) >= since)
			.sort(
				(a, b) =>
					Date.parse(a.occurred_at as string) - Date.parse(b.occurred_at as string) ||
					(a.id as number) - (b.id as number),
			)
			.map((event) => event.id);
		expect(expected.length).toBeGreaterThan(0);
		const result = await runPoll(env.store, {
			parameters: { options: { includePastEvents: true, pastEventsHours: 24 } },
			staticData,
		});
		expect(ids(result)).toEqual(expected);
		expect(
			await runPoll(env.store, {
				parameters: { options: { includePastEvents: true } },
				staticData,
			}),
		).toBeNull();
	});

	it('manual mode shows the latest events and leaves the poll state alone', async () => {
		const staticData: IDataObject = {};
		addEvents(12, { type: '/shipment_leg#arrived' });
		const result = await runPoll(env.store, {
			parameters: { events: ['/shipment_leg#arrived'] },
			staticData,
			mode: 'manual',
		});
		expect(result?.[0]).toHaveLength(10);
		expect(staticData).toEqual({});
		await expect(
			runPoll(env.store, {
				parameters: { events: ['/invoice#invoice_voided'] },
				staticData,
				mode: 'manual',
			}),
		).rejects.toThrow('No Flexport events of the selected types');
	});

	it('works with the legacy API key', async () => {
		const staticData: IDataObject = {};
		await runPoll(env.store, { parameters: {}, staticData, credentialType: 'flexportApi' });
		env.sim.advanceClock(1000);
		const event = addEvents(1)[0];
		expect(
			ids(await runPoll(env.store, { parameters: {}, staticData, credentialType: 'flexportApi' })),
		).toEqual([event.id]);
		expect(env.sim.stats().tokenRequests).toBe(0);
	});

	describe("the window never moves past n8n's clock", () => {
		const ALLOWANCE_MS = 5 * 60_000;
		/** An event dated by n8n's clock (the simulator's own clock runs a day or more ahead here). */
		const addLocalEvent = () => addEvents(1, { occurred_at: new Date().toISOString() })[0];
		const windowStarts = () =>
			eventRequests().map((request) => Date.parse(request.query['f.occurred_at.gte']));

		it('an event dated 2099 is emitted once; events after it still come out', async () => {
			const staticData: IDataObject = {};
			await runPoll(env.store, { parameters: {}, staticData });
			const far = addEvents(1, { occurred_at: '2099-01-01T00:00:00.000Z' })[0];
			const first = addLocalEvent();
			expect(ids(await runPoll(env.store, { parameters: {}, staticData }))).toEqual([
				first.id,
				far.id,
			]);
			const later: number[] = [];
			const emitted: number[] = [];
			for (let round = 0; round < 3; round++) {
				later.push(addLocalEvent().id as number);
				emitted.push(...ids(await runPoll(env.store, { parameters: {}, staticData })));
				expect(Math.max(...windowStarts())).toBeLessThanOrEqual(Date.now() + ALLOWANCE_MS);
			}
			expect(emitted).toEqual(later);
			expect((staticData.flexportEvents as IDataObject).ahead).toContain(String(far.id));
			expect(
				Date.parse((staticData.flexportEvents as IDataObject).cursor as string),
			).toBeLessThanOrEqual(Date.now() + ALLOWANCE_MS);
		});

		it("Flexport's clock a day ahead of n8n's (more than the look-back): events dated by either clock come out once", async () => {
			expect((env.sim.now as () => number)() - Date.now()).toBeGreaterThan(24 * 3600_000);
			const staticData: IDataObject = {};
			await runPoll(env.store, { parameters: { options: { lookbackMinutes: 60 } }, staticData });
			const added: number[] = [];
			const emitted: number[] = [];
			for (let round = 0; round < 5; round++) {
				env.sim.advanceClock(10 * 60_000);
				added.push(...addEvents(2).map((event) => event.id as number));
				added.push(addLocalEvent().id as number);
				emitted.push(
					...ids(
						await runPoll(env.store, {
							parameters: { options: { lookbackMinutes: 60 } },
							staticData,
						}),
					),
				);
			}
			expect(new Set(emitted).size).toBe(emitted.length);
			expect([...emitted].sort((a, b) => a - b)).toEqual([...added].sort((a, b) => a - b));
			expect(Math.max(...windowStarts())).toBeLessThanOrEqual(Date.now() + ALLOWANCE_MS);
		});

		it('a look-back that an expression turns into text fails before any request, naming the field', async () => {
			const staticData: IDataObject = {};
			const poll = runPoll(env.store, {
				parameters: { options: { lookbackMinutes: '={{ "soon" }}' } },
				staticData,
			});
			await expect(poll).rejects.toThrow(
				'Options → Late Events Window (Minutes) must be a number from 0 to 10080; got "soon"',
			);
			await expect(poll).rejects.not.toBeInstanceOf(RangeError);
			expect(eventRequests()).toHaveLength(0);
			expect(staticData).toEqual({});
		});
	});
});
