import { parseTokenList } from '../../../../nodes/Flexport/helpers/json';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();

describe('lists of freight IDs', () => {
	it('parseTokenList checks each entry is a Flexport ID', () => {
		expect(parseTokenList(context, 'abc, d-e', 'Contact IDs', 0)).toEqual(['abc', 'd-e']);
		expect(thrown(() => parseTokenList(context, 'abc, ../x', 'Contact IDs', 0)).message).toMatch(
			/^"Contact IDs" must be a Flexport ID/,
		);
	});
});
