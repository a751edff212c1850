import { SHIPMENT } from '../../../../nodes/Flexport/actions/commercialInvoice/create.operation';
import { idOrRefFields } from '../../../../nodes/Flexport/descriptions/objects.description';
import { readIdOrRef } from '../../../../nodes/Flexport/helpers/idOrRef';
import { parameterContext, thrown } from '../../../harness/parameterContext';

describe('idOrRefFields', () => {
	it('offers ID (the default) or Ref, each showing only its own parameter', () => {
		const [by, locator, ref] = idOrRefFields(SHIPMENT);
		expect(by).toMatchObject({ name: 'shipmentBy', type: 'options', default: 'id' });
		expect(by.options).toEqual([
			{ name: 'ID', value: 'id', description: 'Identify the shipment by its Flexport ID' },
			{ name: 'Ref', value: 'ref', description: 'Identify the shipment by your ref for it' },
		]);
		expect(locator).toMatchObject({
			name: 'shipmentId',
			type: 'resourceLocator',
			displayOptions: { show: { shipmentBy: ['id'] } },
		});
		expect(ref).toMatchObject({
			name: 'shipmentRef',
			required: true,
			displayOptions: { show: { shipmentBy: ['ref'] } },
		});
		expect(ref.description).toBeUndefined();
	});
});

describe('readIdOrRef', () => {
	it('reads the checked ID when finding by ID, and ID when nothing was chosen', () => {
		const byId = parameterContext({ shipmentBy: 'id', shipmentId: { __rl: true, value: '42' } });
		expect(readIdOrRef(byId, SHIPMENT, 0)).toEqual({ id: '42' });
		expect(readIdOrRef(parameterContext({ shipmentId: '7' }), SHIPMENT, 0)).toEqual({ id: '7' });
	});

	it('reads the trimmed ref when finding by Ref', () => {
		const byRef = parameterContext({ shipmentBy: 'ref', shipmentRef: ' PO-1 ', shipmentId: 'x' });
		expect(readIdOrRef(byRef, SHIPMENT, 0)).toEqual({ ref: 'PO-1' });
	});

	it('names the field and the item for a bad choice, a bad ID or an empty ref', () => {
		expect(
			thrown(() => readIdOrRef(parameterContext({ shipmentBy: 'x' }), SHIPMENT, 1)).message,
		).toBe('"Shipment By" must be one of id, ref, but got "x" [item 1]');
		expect(
			thrown(() => readIdOrRef(parameterContext({ shipmentId: '1/../token' }), SHIPMENT, 0))
				.message,
		).toContain('"Shipment ID"');
		expect(
			thrown(() =>
				readIdOrRef(parameterContext({ shipmentBy: 'ref', shipmentRef: '' }), SHIPMENT, 0),
			).message,
		).toContain('"Shipment Ref"');
	});
});
