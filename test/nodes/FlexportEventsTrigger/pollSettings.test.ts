import type { INodeProperties } from 'n8n-workflow';

import { FlexportEventsTrigger } from '../../../nodes/FlexportEventsTrigger/FlexportEventsTrigger.node';
import { readPollSettings } from '../../../nodes/FlexportEventsTrigger/pollSettings';

const optionProperties = new FlexportEventsTrigger().description.properties.find(
	(property) => property.name === 'options',
)?.options as INodeProperties[];
const read = (options: Record<string, unknown>) =>
	readPollSettings(options as never, optionProperties);

describe('Events Trigger option reading', () => {
	it('uses the defaults of the node description when options are unset or empty', () => {
		expect(read({})).toEqual({ ok: true, settings: { lookbackMs: 3_600_000, pastEventsMs: 0 } });
		expect(read({ lookbackMinutes: '', includePastEvents: true })).toEqual({
			ok: true,
			settings: { lookbackMs: 3_600_000, pastEventsMs: 24 * 3_600_000 },
		});
	});

	it('accepts numbers and numeric text from expressions, within the limits', () => {
		expect(read({ lookbackMinutes: 0 })).toMatchObject({ settings: { lookbackMs: 0 } });
		expect(read({ lookbackMinutes: ' 15 ' })).toMatchObject({ settings: { lookbackMs: 900_000 } });
		expect(read({ includePastEvents: true, pastEventsHours: '2' })).toMatchObject({
			settings: { pastEventsMs: 7_200_000 },
		});
	});

	it.each([
		['abc', '"abc"'],
		[-5, '-5'],
		[10081, '10081'],
		[{ minutes: 5 }, '{"minutes":5}'],
		[Number.NaN, 'NaN'],
	])('refuses a look-back of %p, naming the field and the value', (value, shown) => {
		const result = read({ lookbackMinutes: value });
		expect(result).toEqual({
			ok: false,
			message: `Options → Late Events Window (Minutes) must be a number from 0 to 10080; got ${shown}`,
			description: expect.stringContaining('Late Events Window (Minutes)'),
		});
	});

	it('checks the past window only when "Include Past Events" is on', () => {
		expect(read({ pastEventsHours: 'soon' })).toMatchObject({ ok: true });
		expect(read({ includePastEvents: true, pastEventsHours: 'soon' })).toMatchObject({
			ok: false,
			message: 'Options → Past Events Window (Hours) must be a number from 1 to 8760; got "soon"',
		});
	});
});
