import { NodeOperationError } from 'n8n-workflow';

import {
	failParameter,
	normalizeDate,
	normalizeDateTime,
	optionalBoolean,
	optionalNumber,
	optionalText,
	requireBoolean,
	requireEmail,
	requireNumber,
	requireOneOf,
	requireString,
} from '../../../../nodes/shared/readers/values';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();

describe('failParameter', () => {
	it('throws a NodeOperationError naming the item, with the item index and a description', () => {
		const error = thrown(() => failParameter(context, 3, '"Name" is required', 'Enter a name.'));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('"Name" is required [item 3]');
		expect((error as NodeOperationError).description).toBe('Enter a name.');
		expect(error.context?.itemIndex).toBe(3);
	});
});

describe('text', () => {
	it('requireString needs non-blank text within the length limit and returns it as given', () => {
		expect(requireString(context, ' a ', 'Name', 0)).toBe(' a ');
		expect(thrown(() => requireString(context, '  ', 'Name', 0)).message).toBe(
			'"Name" is required [item 0]',
		);
		expect(thrown(() => requireString(context, 5, 'Name', 0)).message).toBe(
			'"Name" is required [item 0]',
		);
		expect(thrown(() => requireString(context, 'abcd', 'Name', 0, 3)).message).toBe(
			'"Name" is longer than 3 characters [item 0]',
		);
	});

	it('optionalText trims, treats empty as unset and accepts numbers', () => {
		expect(optionalText(context, undefined, 'Ref', 0)).toBeUndefined();
		expect(optionalText(context, '', 'Ref', 0)).toBeUndefined();
		expect(optionalText(context, '   ', 'Ref', 0)).toBeUndefined();
		expect(optionalText(context, ' x ', 'Ref', 0)).toBe('x');
		expect(optionalText(context, 12, 'Ref', 0)).toBe('12');
		expect(thrown(() => optionalText(context, {}, 'Ref', 0)).message).toBe(
			'"Ref" must be text [item 0]',
		);
		expect(thrown(() => optionalText(context, 'abc', 'Ref', 0, 2)).message).toBe(
			'"Ref" is longer than 2 characters [item 0]',
		);
	});

	it('requireEmail wants something@domain.tld', () => {
		expect(requireEmail(context, ' a@b.co ', 'Email', 0)).toBe('a@b.co');
		expect(thrown(() => requireEmail(context, 'a@b', 'Email', 4)).message).toBe(
			'"Email" must be an email address, but got "a@b" [item 4]',
		);
	});
});

describe('booleans and numbers', () => {
	it('requireBoolean and optionalBoolean refuse truthy text', () => {
		expect(requireBoolean(context, false, 'Flag', 0)).toBe(false);
		expect(optionalBoolean(context, undefined, 'Flag', 0)).toBeUndefined();
		expect(optionalBoolean(context, true, 'Flag', 0)).toBe(true);
		expect(thrown(() => requireBoolean(context, 'true', 'Flag', 0)).message).toBe(
			'"Flag" must be true or false, but got "true" [item 0]',
		);
	});

	it('requireNumber parses numeric text and checks whole numbers and minimums', () => {
		expect(requireNumber(context, '2.5', 'Weight', 0)).toBe(2.5);
		expect(requireNumber(context, 3, 'Units', 0, { min: 1, integer: true })).toBe(3);
		expect(thrown(() => requireNumber(context, 'many', 'Limit', 0)).message).toBe(
			'"Limit" must be a number, but got "many" [item 0]',
		);
		expect(thrown(() => requireNumber(context, Infinity, 'Limit', 0)).message).toContain(
			'must be a number',
		);
		expect(thrown(() => requireNumber(context, 1.5, 'Units', 0, { integer: true })).message).toBe(
			'"Units" must be a whole number [item 0]',
		);
		expect(thrown(() => requireNumber(context, 0, 'Units', 0, { min: 1 })).message).toBe(
			'"Units" must be at least 1 [item 0]',
		);
		expect(optionalNumber(context, '', 'Units', 0)).toBeUndefined();
		expect(optionalNumber(context, '7', 'Units', 0, { integer: true })).toBe(7);
	});

	it('requireOneOf lists the allowed values', () => {
		expect(requireOneOf(context, 'asc', ['asc', 'desc'], 'Direction', 0)).toBe('asc');
		expect(thrown(() => requireOneOf(context, 'up', ['asc', 'desc'], 'Direction', 0)).message).toBe(
			'"Direction" must be one of asc, desc, but got "up" [item 0]',
		);
	});
});

describe('dates', () => {
	it('normalizeDateTime returns ISO 8601 in UTC for dates, date-times and offsets', () => {
		expect(normalizeDateTime(context, '2024-05-01', 'Updated After', 0)).toBe(
			'2024-05-01T00:00:00.000Z',
		);
		expect(normalizeDateTime(context, '2024-05-01T14:00:00+02:00', 'Updated After', 0)).toBe(
			'2024-05-01T12:00:00.000Z',
		);
		expect(normalizeDateTime(context, new Date('2024-05-01T01:02:03Z'), 'Updated After', 0)).toBe(
			'2024-05-01T01:02:03.000Z',
		);
	});

	it('normalizeDateTime rejects text that is not a date and years outside 1970–2100', () => {
		for (const bad of ['yesterday', '2024-13-01', '9999-99-99', '', 20240501]) {
			expect(thrown(() => normalizeDateTime(context, bad, 'Updated After', 0)).message).toMatch(
				/^"Updated After" must be a date such as 2024-05-01/,
			);
		}
		expect(thrown(() => normalizeDateTime(context, '2200-01-01', 'Updated After', 0)).message).toBe(
			'"Updated After" must be between 1970 and 2100 [item 0]',
		);
	});

	it('normalizeDate keeps the day', () => {
		expect(normalizeDate(context, '2024-05-01T23:00:00Z', 'Cargo Ready Date', 0)).toBe(
			'2024-05-01',
		);
	});
});
