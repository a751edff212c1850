import { LOCATORS } from '../../../../nodes/Flexport/descriptions/objects.description';
import {
	assignDefined,
	collectionValues,
	getLocatorId,
	limitParameter,
	readFields,
	requireSomeFields,
	targetId,
	textParameter,
} from '../../../../nodes/Flexport/helpers/parameters';
import { optionalText } from '../../../../nodes/Flexport/helpers/values';
import { parameterContext, thrown } from '../../../harness/parameterContext';

describe('parameter readers', () => {
	it('textParameter reads and trims a required parameter of the given item', () => {
		const context = parameterContext([{ name: ' A ' }, { name: '' }]);
		expect(textParameter(context, 'name', 'Name', 0)).toBe('A');
		expect(thrown(() => textParameter(context, 'name', 'Name', 1)).message).toBe(
			'"Name" is required [item 1]',
		);
	});

	it('collectionValues is an empty object when the collection is unset', () => {
		expect(collectionValues(parameterContext(), 'updateFields', 0)).toEqual({});
		expect(
			collectionValues(parameterContext({ updateFields: { a: 1 } }), 'updateFields', 0),
		).toEqual({ a: 1 });
	});

	it('limitParameter: undefined with Return All, otherwise a whole number of at least 1', () => {
		expect(limitParameter(parameterContext({ returnAll: true, limit: 'x' }), 0)).toBeUndefined();
		expect(limitParameter(parameterContext({ limit: 5 }), 0)).toBe(5);
		expect(limitParameter(parameterContext({}), 0)).toBe(50);
		expect(thrown(() => limitParameter(parameterContext({ limit: 0 }), 0)).message).toBe(
			'"Limit" must be at least 1 [item 0]',
		);
	});

	it('getLocatorId reads a resource locator or a plain value and checks the ID kind', () => {
		const context = parameterContext({
			a: { __rl: true, mode: 'id', value: '12' },
			b: 'FTP-x',
			c: { __rl: true, mode: 'id', value: 'FTP-x' },
		});
		expect(getLocatorId(context, 'a', 0, 'Shipment')).toBe('12');
		expect(getLocatorId(context, 'b', 0, 'Company', 'token')).toBe('FTP-x');
		expect(thrown(() => getLocatorId(context, 'c', 0, 'Shipment')).message).toMatch(
			/^"Shipment" must be a numeric Flexport ID/,
		);
	});

	it("targetId uses the locator's parameter name, label and ID kind", () => {
		const context = parameterContext({ companyId: { __rl: true, mode: 'list', value: 'abc' } });
		expect(targetId(context, LOCATORS.company, 0)).toBe('abc');
		expect(thrown(() => targetId(context, LOCATORS.shipment, 0)).message).toMatch(
			/^"Shipment" must be a numeric Flexport ID, but got nothing \[item 0\]$/,
		);
	});

	it('readFields keeps the chosen names as body keys, leaving unset ones out', () => {
		const context = parameterContext();
		const values = { a: ' x ', b: '', c: 'y' };
		expect(
			readFields(context, values, ['a', 'b', 'd'], 0, (name) => `Fields → ${name}`, optionalText),
		).toEqual({ a: 'x' });
		expect(
			thrown(() =>
				readFields(context, { a: {} }, ['a'], 2, (name) => `Fields → ${name}`, optionalText),
			).message,
		).toBe('"Fields → a" must be text [item 2]');
	});

	it('assignDefined copies only defined values; requireSomeFields refuses an empty update', () => {
		expect(assignDefined({ a: 1 }, { b: undefined, c: null, d: 0 })).toEqual({
			a: 1,
			c: null,
			d: 0,
		});
		expect(requireSomeFields(parameterContext(), { a: 1 }, 'Update Fields', 0)).toEqual({ a: 1 });
		expect(
			thrown(() => requireSomeFields(parameterContext(), {}, 'Update Fields', 1)).message,
		).toBe('"Update Fields": add at least one field to change [item 1]');
	});
});
