import {
	keyValuePairs,
	parseJsonParameter,
	parseMetadata,
	parseObject,
	parseObjectList,
	parseTextList,
} from '../../../../nodes/shared/readers/json';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();

describe('JSON parameters', () => {
	it('parses text or takes an object as it is', () => {
		expect(parseJsonParameter(context, '{"a": 1}', 'Body', 0)).toEqual({ a: 1 });
		expect(parseJsonParameter(context, { a: 1 }, 'Body', 0)).toEqual({ a: 1 });
		expect(parseJsonParameter(context, '[1]', 'Body', 0, 'array')).toEqual([1]);
		expect(parseJsonParameter(context, '3', 'Body', 0, 'any')).toBe(3);
	});

	it('names the field and item for empty text, bad JSON and the wrong shape', () => {
		expect(thrown(() => parseJsonParameter(context, ' ', 'Body', 1)).message).toBe(
			'"Body" is empty; enter JSON [item 1]',
		);
		expect(thrown(() => parseJsonParameter(context, '{oops', 'Body', 1)).message).toMatch(
			/^"Body" is not valid JSON: .* \[item 1\]$/,
		);
		expect(thrown(() => parseObject(context, '[1]', 'Cargo (JSON)', 1)).message).toBe(
			'"Cargo (JSON)" must be a JSON object such as {"key": "value"} [item 1]',
		);
		expect(thrown(() => parseJsonParameter(context, '{}', 'Lines', 1, 'array')).message).toBe(
			'"Lines" must be a JSON array [item 1]',
		);
	});

	it('parseObjectList checks every entry is an object with the required keys', () => {
		expect(parseObjectList(context, '[{"a": 1}]', 'List', 0, ['a'])).toEqual([{ a: 1 }]);
		expect(thrown(() => parseObjectList(context, '[{"a": 1}, 2]', 'List', 0)).message).toBe(
			'"List": entry 2 must be an object [item 0]',
		);
		expect(thrown(() => parseObjectList(context, '[{"a": ""}]', 'List', 0, ['a'])).message).toBe(
			'"List": entry 1 needs "a" [item 0]',
		);
	});
});

describe('parseMetadata', () => {
	it('wraps single strings in a list and keeps lists of strings', () => {
		expect(
			parseMetadata(context, '{"po": "PO-1", "team": ["a", "b"]}', 'Metadata (JSON)', 0),
		).toEqual({ po: ['PO-1'], team: ['a', 'b'] });
	});

	it('rejects numbers, objects and mixed lists', () => {
		for (const value of ['{"po": 1}', '{"po": {"a": "b"}}', '{"po": ["a", 1]}']) {
			expect(thrown(() => parseMetadata(context, value, 'Metadata (JSON)', 2)).message).toBe(
				'"Metadata (JSON)": the value of "po" must be a string or a list of strings [item 2]',
			);
		}
	});
});

describe('lists and pairs', () => {
	it('parseTextList splits on commas, trims and drops empty entries', () => {
		expect(parseTextList(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
		expect(parseTextList(['a', 'b,c'])).toEqual(['a', 'b', 'c']);
		expect(parseTextList(undefined)).toEqual([]);
	});

	it('keyValuePairs reads a fixed collection and checks its keys', () => {
		const value = {
			pair: [
				{ key: ' color ', value: 'blue' },
				{ key: 'size', value: 3 },
			],
		};
		expect(keyValuePairs(context, value, 'Tags', 0)).toEqual([
			['color', 'blue'],
			['size', '3'],
		]);
		expect(
			thrown(() => keyValuePairs(context, { pair: [{ key: 'a.b', value: 'x' }] }, 'Tags', 0))
				.message,
		).toBe('"Tags": "a.b" must be 1–100 letters, digits, spaces, - or _ [item 0]');
		expect(
			thrown(() => keyValuePairs(context, { pair: [{ key: 'a', value: {} }] }, 'Tags', 0)).message,
		).toBe('"Tags": the value of "a" must be text [item 0]');
		expect(
			keyValuePairs(
				context,
				{ parameter: [{ name: 'f.status', value: 'x' }] },
				'Query',
				0,
				'parameter',
				{ key: 'name', value: 'value' },
				{ pattern: /^[a-z.]+$/, hint: 'letters and dots' },
			),
		).toEqual([['f.status', 'x']]);
	});
});
