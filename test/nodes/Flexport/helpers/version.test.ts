import { servesVersion, versionOverride } from '../../../../nodes/Flexport/helpers/version';
import { parameterContext, thrown } from '../../../harness/parameterContext';

describe('servesVersion', () => {
	it('3 and every dated version from 2023-07-01 serve an operation of version 3', () => {
		expect(servesVersion('3', '3')).toBe(true);
		expect(servesVersion('2023-07-01', '3')).toBe(true);
		expect(servesVersion('2024-01-15', '3')).toBe(true);
		expect(servesVersion('2', '3')).toBe(false);
		expect(servesVersion('2022-12-31', '3')).toBe(false);
	});

	it('a dated operation needs that date or a later one', () => {
		expect(servesVersion('2023-07-01', '2023-07-01')).toBe(true);
		expect(servesVersion('2024-02-01', '2023-07-01')).toBe(true);
		expect(servesVersion('2023-06-30', '2023-07-01')).toBe(false);
		expect(servesVersion('3', '2023-07-01')).toBe(false);
	});
});

describe('versionOverride', () => {
	const read = (apiVersion: unknown) =>
		versionOverride(parameterContext({ requestOptions: { apiVersion } }), 0);

	it('is unset when empty, and takes 2, 3 or a past date', () => {
		expect(versionOverride(parameterContext(), 0)).toBeUndefined();
		expect(read('')).toBeUndefined();
		expect(read(' 3 ')).toBe('3');
		expect(read(2)).toBe('2');
		expect(read('2023-07-01')).toBe('2023-07-01');
	});

	it('refuses other versions, impossible dates and dates in the future, naming the option', () => {
		const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
		for (const bad of ['4', 'v3', '2023-02-30', '2023-7-1', tomorrow])
			expect(thrown(() => read(bad)).message).toMatch(
				/^"Request Options → API Version" must be 2, 3 or a date such as 2023-07-01 that is not in the future, but got .* \[item 0\]$/,
			);
	});
});
