import {
	parseProductDescriptions,
	readContainerCounts,
} from '../../../../nodes/Flexport/helpers/booking';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();
const KEYS = ['description', 'hs_code', 'description_for_export_customs'];

describe('readContainerCounts', () => {
	it('builds ContainerCounts from the set sizes only, and undefined when none is set', () => {
		expect(readContainerCounts(context, { twenty_ft: 2, forty_ft_hc: '1' }, '', 0, '')).toEqual({
			twenty_ft: 2,
			forty_ft_hc: 1,
		});
		expect(readContainerCounts(context, { new_forty_ft: 3 }, 'new_', 0, '')).toEqual({
			forty_ft: 3,
		});
		expect(readContainerCounts(context, {}, '', 0, '')).toBeUndefined();
	});

	it('names the size field (with its collection) when a count is not a whole number of at least 0', () => {
		expect(
			thrown(() => readContainerCounts(context, { twenty_ft: 1.5 }, '', 0, 'Container Counts → '))
				.message,
		).toBe('"Container Counts → 20ft Containers" must be a whole number [item 0]');
		expect(
			thrown(() =>
				readContainerCounts(context, { new_forty_five_ft_hc: -1 }, 'new_', 3, 'Update Fields → '),
			).message,
		).toBe('"Update Fields → New 45ft High Cube Containers" must be at least 0 [item 3]');
	});
});

describe('parseProductDescriptions', () => {
	it('accepts entries with description and hs_code and the allowed extra keys', () => {
		const value =
			'[{"description": "Watches", "hs_code": "9101.00", "description_for_export_customs": "x"}]';
		expect(parseProductDescriptions(context, value, 'Products', 0, KEYS)).toHaveLength(1);
	});

	it('rejects empty lists, unknown keys, non-text values and missing required keys', () => {
		const cases: Array<[string, string]> = [
			['[]', '"Products" must list at least one product [item 0]'],
			['[1]', '"Products": entry 1 must be an object such as'],
			[
				'[{"description": "W", "hs_code": "1", "color": "red"}]',
				'"Products": entry 1 has unknown key "color" (allowed: description, hs_code, description_for_export_customs)',
			],
			['[{"description": "W", "hs_code": 9101}]', '"Products": entry 1, "hs_code" must be text'],
			['[{"description": " ", "hs_code": "1"}]', '"Products": entry 1 needs "description" as text'],
		];
		for (const [value, message] of cases)
			expect(
				thrown(() => parseProductDescriptions(context, value, 'Products', 0, KEYS)).message,
			).toContain(message);
	});
});
