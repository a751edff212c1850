import type { FilterSpec } from '../../../../nodes/Flexport/descriptions/filters.description';
import {
	filtersDependOnVersion,
	filtersToQuery,
	filtersVersion,
	sortToQuery,
} from '../../../../nodes/Flexport/helpers/query';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const SPECS: FilterSpec[] = [
	{ name: 'text', displayName: 'Text', query: 'f.text', kind: 'string' },
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
	{ name: 'after', displayName: 'After', query: 'f.at.gt', kind: 'dateTime' },
	{ name: 'day', displayName: 'Day', query: 'f.day', kind: 'date' },
	{
		name: 'status',
		displayName: 'Status',
		query: 'f.status',
		kind: 'options',
		options: ['a', 'b'],
	},
	{ name: 'any', displayName: 'Any', query: 'f.any', kind: 'multiOptions', options: ['a', 'b'] },
	{ name: 'flag', displayName: 'Flag', query: 'f.flag', kind: 'boolean' },
];

const query = (filters: object) => filtersToQuery(parameterContext({ filters }), SPECS, 0);

describe('filtersToQuery', () => {
	it('sends each filter under its query key, normalized for its kind', () => {
		expect(
			query({
				text: 'PO 1',
				shipmentId: ' 42 ',
				after: '2024-05-01',
				day: '2024-05-01T22:00:00Z',
				status: 'b',
				any: ['a', 'b'],
				flag: false,
				metadata: { tag: [{ key: 'po', value: 'A&B' }] },
			}),
		).toEqual({
			'f.text': 'PO 1',
			'f.shipment.id': '42',
			'f.at.gt': '2024-05-01T00:00:00.000Z',
			'f.day': '2024-05-01',
			'f.status': 'b',
			'f.any': 'a,b',
			'f.flag': false,
			'f.metadata.po': 'A&B',
		});
	});

	it('leaves out empty values and empty multi-option lists', () => {
		expect(query({ text: '', shipmentId: null, any: [] })).toEqual({});
		expect(filtersToQuery(parameterContext(), SPECS, 0)).toEqual({});
	});

	it('rejects bad values naming the filter and the item', () => {
		const cases: Array<[object, RegExp]> = [
			[{ shipmentId: 'x' }, /^"Filters → Shipment ID" must be a numeric Flexport ID/],
			[{ after: 'soon' }, /^"Filters → After" must be a date/],
			[{ status: 'c' }, /^"Filters → Status" must be one of a, b/],
			[{ any: ['a', 'z'] }, /^"Filters → Any" must be one of a, b/],
			[{ flag: 'yes' }, /^"Filters → Flag" must be true or false \[item 0\]$/],
			[{ text: { a: 1 } }, /^"Filters → Text" must be text \[item 0\]$/],
			[{ text: 'x'.repeat(1001) }, /^"Filters → Text" is longer than 1000 characters/],
			[{ nope: 1 }, /^Filters: unknown filter "nope" \[item 0\]$/],
			[
				{ metadata: { tag: [{ key: 'a.b', value: '' }] } },
				/^Filters → Metadata: key "a\.b" must be 1–100 letters/,
			],
		];
		for (const [filters, message] of cases)
			expect(thrown(() => query(filters)).message).toMatch(message);
	});
});

describe('sortToQuery', () => {
	it('sends sort and direction when set, checked against the allowed values', () => {
		const read = (sort: object) => sortToQuery(parameterContext({ sort }), ['id', 'status'], 0);
		expect(read({})).toEqual({});
		expect(read({ sort: 'status', direction: 'desc' })).toEqual({
			sort: 'status',
			direction: 'desc',
		});
		expect(thrown(() => read({ sort: 'name' })).message).toMatch(
			/^"Sort → Sort By" must be one of id, status/,
		);
		expect(thrown(() => read({ direction: 'up' })).message).toMatch(
			/^"Sort → Direction" must be one of asc, desc/,
		);
	});
});

describe('filters that depend on the API version', () => {
	const ROLE_SPECS: FilterSpec[] = [
		{
			name: 'role',
			displayName: 'Your Role',
			query: 'f.role',
			kind: 'options',
			options: ['buyer', 'seller'],
			v3Query: 'f.roles',
		},
		{
			name: 'sellerEntityRef',
			displayName: 'Seller Entity Ref',
			query: 'f.seller_entity_ref',
			kind: 'string',
			apiVersion: '3',
		},
	];
	const context = (filters: object) => parameterContext({ filters });

	it('names a filter by the version the list is read with (f.role under 2, f.roles under 3)', () => {
		expect(filtersToQuery(context({ role: 'buyer' }), ROLE_SPECS, 0, '2')).toEqual({
			'f.role': 'buyer',
		});
		expect(filtersToQuery(context({ role: 'buyer' }), ROLE_SPECS, 0, '3')).toEqual({
			'f.roles': 'buyer',
		});
		expect(filtersToQuery(context({ role: 'buyer' }), ROLE_SPECS, 0, '2024-01-01')).toEqual({
			'f.roles': 'buyer',
		});
		expect(filtersDependOnVersion(context({ role: 'buyer' }), ROLE_SPECS, 0)).toBe(true);
		expect(filtersDependOnVersion(context({ sellerEntityRef: 'x' }), ROLE_SPECS, 0)).toBe(false);
	});

	it('asks for version 3 only when a filter of version 3 is set', () => {
		expect(filtersVersion(context({ sellerEntityRef: 'id-1' }), ROLE_SPECS, 0)).toBe('3');
		expect(filtersVersion(context({ sellerEntityRef: '' }), ROLE_SPECS, 0)).toBeUndefined();
		expect(filtersVersion(context({ role: 'seller' }), ROLE_SPECS, 0)).toBeUndefined();
	});
});
