import { requireApiPath } from '../../../../nodes/Flexport/helpers/request';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();

describe('requireApiPath', () => {
	it('accepts paths under the API base URL', () => {
		expect(requireApiPath(context, ' /shipments/12 ', 'Path', 0)).toBe('/shipments/12');
		expect(requireApiPath(context, '/network/me/companies', 'Path', 0)).toBe(
			'/network/me/companies',
		);
	});

	it('refuses anything that could leave the API host or the API', () => {
		const cases: Array<[string, string]> = [
			['shipments', 'must start with / (a path under the API base URL)'],
			['//evil.example/x', 'must not contain a scheme or host'],
			['/https://evil.example', 'must not contain a scheme or host'],
			['/a b', 'must not contain spaces, control characters or backslashes'],
			['/a\\b', 'must not contain spaces, control characters or backslashes'],
			['/shipments?per=1', 'must not contain ? or # (use Query Parameters)'],
			['/shipments/../oauth/token', 'must not contain . or .. segments or encoded slashes'],
			['/shipments/%2e%2e/oauth', 'must not contain . or .. segments or encoded slashes'],
			['/a%2Fb', 'must not contain . or .. segments or encoded slashes'],
			['/a%E0%A4%A', 'contains an invalid % escape'],
			[`/${'a'.repeat(2000)}`, 'is longer than 2000 characters'],
		];
		for (const [path, reason] of cases)
			expect(thrown(() => requireApiPath(context, path, 'Path', 1)).message).toMatch(
				new RegExp(
					`^"Path" ${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, but got .*\\[item 1\\]$`,
				),
			);
	});
});
