import {
	findLinks,
	linkChoices,
	MAX_LINK_DEPTH,
	MAX_LINKS_PER_OBJECT,
	replaceAt,
} from '../../../../nodes/Flexport/helpers/links';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const one = (path: string) => ({
	_object: '/api/refs/object',
	ref_type: '/x',
	link: `https://api.flexport.com${path}`,
	id: 1,
});
const many = (path: string) => ({
	_object: '/api/refs/collection',
	ref_type: '/x',
	link: `https://api.flexport.com${path}`,
});

/** An ocean shipment as Flexport returns it: containers are a ref nested under ocean_shipment. */
const shipment = {
	_object: '/shipment',
	id: 7,
	legs: many('/shipment_legs?f.shipment.id=7'),
	ocean_shipment: {
		_object: '/ocean/shipment',
		is_lcl: false,
		containers: many('/ocean/shipment_containers?f.shipment.id=7'),
	},
	air_shipment: null,
	buyers: [],
	booking: one('/bookings/3'),
	child_shipments: [one('/shipments/8'), one('/shipments/9')],
	calculated_weight: { _object: '/quantity/weight', value: 1, unit: 'kg' },
};

const paths = (wanted: string[]) => findLinks(shipment, wanted).map((link) => link.path);

describe('findLinks', () => {
	it('finds a nested link by its dotted path and by its field name at any depth', () => {
		expect(paths(['ocean_shipment.containers'])).toEqual(['ocean_shipment.containers']);
		expect(paths(['containers'])).toEqual(['ocean_shipment.containers']);
		expect(findLinks(shipment, ['containers'])[0].at).toEqual(['ocean_shipment', 'containers']);
	});

	it('* finds every link, nearest first, lists of refs one by one', () => {
		expect(paths(['*'])).toEqual([
			'legs',
			'booking',
			'child_shipments',
			'child_shipments',
			'ocean_shipment.containers',
		]);
		expect(findLinks(shipment, ['child_shipments']).map((link) => link.at)).toEqual([
			['child_shipments', 0],
			['child_shipments', 1],
		]);
	});

	it('finds nothing for fields that hold no link, and does not mistake values for links', () => {
		expect(paths(['buyers', 'calculated_weight', 'ocean_shipment.is_lcl', 'nope'])).toEqual([]);
	});

	it(`stops at ${MAX_LINKS_PER_OBJECT} links and ${MAX_LINK_DEPTH} levels`, () => {
		const wide = Object.fromEntries(
			Array.from({ length: 40 }, (_, index) => [`l${index}`, one(`/legs/${index}`)]),
		);
		expect(findLinks(wide, ['*'])).toHaveLength(MAX_LINKS_PER_OBJECT);
		const deep = { a: { b: { c: { d: { e: one('/deep') } } } }, x: { y: { z: one('/ok') } } };
		expect(findLinks(deep, ['*']).map((link) => link.path)).toEqual(['x.y.z']);
	});
});

describe('replaceAt', () => {
	it('puts a value in place of a nested ref, copying only what is on the way', () => {
		const containers = [{ _object: '/ocean/shipment_container', id: 1 }];
		const result = replaceAt(shipment, ['ocean_shipment', 'containers'], containers);
		expect((result.ocean_shipment as { containers: unknown }).containers).toBe(containers);
		expect((shipment.ocean_shipment as { containers: unknown }).containers).toEqual(
			many('/ocean/shipment_containers?f.shipment.id=7'),
		);
		expect(result.legs).toBe(shipment.legs);
		const second = replaceAt(shipment, ['child_shipments', 1], { id: 9 });
		expect(second.child_shipments).toEqual([shipment.child_shipments[0], { id: 9 }]);
	});
});

describe('linkChoices', () => {
	const context = parameterContext();
	it('reads the list, text from older workflows and the free-text field, without duplicates', () => {
		expect(
			linkChoices(
				context,
				{ resolveLinks: ['legs', '*'], resolveLinkPaths: 'ocean_shipment.containers, legs' },
				0,
			),
		).toEqual(['legs', '*', 'ocean_shipment.containers']);
		expect(linkChoices(context, { resolveLinks: 'legs, shipper' }, 0)).toEqual(['legs', 'shipper']);
		expect(linkChoices(context, {}, 0)).toEqual([]);
	});

	it('names the field and item for something that is not a field or path', () => {
		expect(thrown(() => linkChoices(context, { resolveLinkPaths: '../oauth' }, 3)).message).toBe(
			'"Options → Other Link Fields": "../oauth" is not a field name or path such as legs or ocean_shipment.containers [item 3]',
		);
		expect(thrown(() => linkChoices(context, { resolveLinks: ['a b'] }, 0)).message).toMatch(
			/^"Options → Resolve Links": "a b" is not a field name/,
		);
	});
});
