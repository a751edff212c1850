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

	it('keeps the name of a field that is an empty list or a list of embedded objects (only real refs are renamed)', () => {
		const entity = { _object: '/company_entity', id: 9, name: 'Acme', ref: 'acme' };
		const withParties = simplifyObject({ buyers: [entity], sellers: [entity], items: [] });
		const withoutParties = simplifyObject({ buyers: [], sellers: [], items: [] });
		expect(withParties).toEqual({ buyers: [entity], sellers: [entity], items: [] });
		expect(withoutParties).toEqual({ buyers: [], sellers: [], items: [] });
		expect(Object.keys(withParties)).toEqual(Object.keys(withoutParties));
		expect(simplifyObject({ child_shipments: [objectRef(1)] })).toEqual({
			child_shipments_ids: [1],
		});
	});

	it('passes values it does not know as they are (new enum values such as barge)', () => {
		expect(simplifyObject({ transportation_mode: 'barge', status: 'gated_out' })).toEqual({
			transportation_mode: 'barge',
			status: 'gated_out',
		});
	});
});
