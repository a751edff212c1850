import { objectItems, toItems } from '../../../../nodes/Flexport/helpers/items';
import { parameterContext } from '../../../harness/parameterContext';

const record = {
	_object: '/shipment',
	id: 1,
	shipper: { _object: '/api/refs/object', ref_type: '/company_entity', id: 9, link: 'x' },
};

describe('output items', () => {
	it('toItems pairs every output item with its input item', () => {
		const items = toItems(parameterContext(), [{ a: 1 }, { a: 2 }], 4);
		expect(items).toEqual([
			{ json: { a: 1 }, pairedItem: { item: 4 } },
			{ json: { a: 2 }, pairedItem: { item: 4 } },
		]);
	});

	it('objectItems simplifies unless Simplify is off', () => {
		expect(objectItems(parameterContext(), record, 0)[0].json).toEqual({ id: 1, shipper_id: 9 });
		expect(objectItems(parameterContext({ simplify: false }), record, 0)[0].json).toEqual(record);
	});
});
