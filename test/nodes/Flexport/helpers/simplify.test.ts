import { isRef, simplifyObject } from '../../../../nodes/Flexport/helpers/simplify';

const objectRef = (id: number | string) => ({
	_object: '/api/refs/object',
	ref_type: '/shipment_leg',
	link: `https://api.flexport.com/shipment_legs/${id}`,
	id,
});
const collectionRef = { _object: '/api/refs/collection', ref_type: '/shipment_leg', link: 'x' };

describe('isRef', () => {
	it('tells object and collection refs from other objects', () => {
		expect(isRef(objectRef(1))).toBe(true);
		expect(isRef(collectionRef)).toBe(true);
		expect(isRef(collectionRef, '/api/refs/object')).toBe(false);
		expect(isRef({ _object: '/money', amount: '1' })).toBe(false);
		expect(isRef([objectRef(1)])).toBe(false);
		expect(isRef(null)).toBe(false);
	});
});

describe('simplifyObject', () => {
	it('drops _object and collection refs, reduces object refs to <field>_id and lists of refs to <field>_ids', () => {
		expect(
			simplifyObject({
				_object: '/shipment',
				id: 7,
				origin_leg: objectRef(3),
				legs: collectionRef,
				items: [objectRef('a'), objectRef('b')],
				weight: { _object: '/quantity/weight', value: 2, unit: 'kg' },
				note: null,
			}),
		).toEqual({
			id: 7,
			origin_leg_id: 3,
			items_ids: ['a', 'b'],
			weight: { _object: '/quantity/weight', value: 2, unit: 'kg' },
			note: null,
		});
	});
});
