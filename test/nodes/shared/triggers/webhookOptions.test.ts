/** What both webhook triggers read before deciding on a delivery. */
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import {
	maxEventAgeOption,
	optionsCollection,
} from '../../../../nodes/shared/triggers/description';
import {
	deliveryRules,
	readWebhookOptions,
} from '../../../../nodes/shared/triggers/webhookOptions';

const OPTIONS = optionsCollection([maxEventAgeOption(48, 'How old an event may be')]);

function webhookContext(parameters: IDataObject, mode = 'webhook'): IWebhookFunctions {
	return {
		getNodeParameter: (name: string, fallback: unknown) => parameters[name] ?? fallback,
		getMode: () => mode,
	} as unknown as IWebhookFunctions;
}

describe('readWebhookOptions', () => {
	it('uses the default of the option description when unset, and numeric text when given', () => {
		expect(readWebhookOptions(webhookContext({}), OPTIONS)).toEqual({
			options: {},
			maxAgeHours: 48,
		});
		const options = { maxEventAgeHours: ' 6 ' };
		expect(readWebhookOptions(webhookContext({ options }), OPTIONS)).toEqual({
			options,
			maxAgeHours: 6,
		});
	});

	it('names the option and the limits when the value cannot be used', () => {
		const reading = readWebhookOptions(
			webhookContext({ options: { maxEventAgeHours: 'abc' } }),
			OPTIONS,
		);
		expect(reading).toEqual({
			message: 'Options → Maximum Event Age (Hours) must be a number from 0 to 8760; got "abc"',
		});
	});
});

describe('deliveryRules', () => {
	const stored = { version: 1, events: [] };

	it('production deliveries get the replay check with the age in ms and the stored ids', () => {
		const before = Date.now();
		const rules = deliveryRules(webhookContext({ events: ['a'] }), stored, 2);
		expect(rules.replay).toMatchObject({ stored, maxAgeMs: 2 * 3_600_000 });
		expect(rules.replay?.now).toBeGreaterThanOrEqual(before);
		expect(rules.acceptsType('a')).toBe(true);
		expect(rules.acceptsType('b')).toBe(false);
	});

	it('test deliveries ("Listen for Test Event") are not checked for replay', () => {
		const rules = deliveryRules(
			webhookContext({ events: [], otherEventTypes: 'x.y' }, 'manual'),
			stored,
			2,
		);
		expect(rules.replay).toBeUndefined();
		expect(rules.acceptsType('x.y')).toBe(true);
		expect(rules.acceptsType('a')).toBe(false);
	});
});
