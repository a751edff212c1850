import {
	locationFieldsToBody,
	parseAddress,
	parseVatNumbers,
} from '../../../../nodes/Flexport/helpers/network';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();

describe('parseAddress', () => {
	it('accepts the AddressForRequestBody fields as strings, street_address required', () => {
		const address = { street_address: '1 Main St', city: 'Albany', country_code: 'US' };
		expect(parseAddress(context, JSON.stringify(address), 'Address (JSON)', 0)).toEqual(address);
	});

	it('rejects unknown fields, non-string values and a missing street_address', () => {
		expect(
			thrown(() =>
				parseAddress(context, '{"street_address": "x", "planet": "Mars"}', 'Address (JSON)', 0),
			).message,
		).toBe(
			'"Address (JSON)": unknown address field "planet" (allowed: street_address, street_address2, city, state, country_code, zip, unlocode) [item 0]',
		);
		expect(
			thrown(() =>
				parseAddress(context, '{"street_address": "x", "zip": 12345}', 'Address (JSON)', 0),
			).message,
		).toBe('"Address (JSON)": "zip" must be a string [item 0]');
		expect(thrown(() => parseAddress(context, '{"city": "x"}', 'Address (JSON)', 0)).message).toBe(
			'"Address (JSON)": "street_address" is required [item 0]',
		);
	});
});

describe('parseVatNumbers', () => {
	it('needs country_code and number in every entry', () => {
		expect(
			parseVatNumbers(context, '[{"country_code": "GB", "number": "1"}]', 'VAT', 0),
		).toHaveLength(1);
		expect(
			thrown(() => parseVatNumbers(context, '[{"country_code": "GB"}]', 'VAT', 0)).message,
		).toBe('"VAT": entry 1 needs "number" [item 0]');
	});
});

describe('locationFieldsToBody', () => {
	it('turns the collection into Flexport field names, leaving unset ones out', () => {
		expect(
			locationFieldsToBody(
				context,
				{
					name: ' Warehouse ',
					contactIds: 'a1, b2',
					metadata: '{"color": "blue"}',
					address: '{"street_address": "1 Main St"}',
				},
				'Update Fields',
				0,
			),
		).toEqual({
			name: 'Warehouse',
			contact_ids: ['a1', 'b2'],
			metadata: { color: ['blue'] },
			address: { street_address: '1 Main St' },
		});
		expect(locationFieldsToBody(context, {}, 'Update Fields', 0)).toEqual({});
	});

	it('names the collection in errors', () => {
		expect(
			thrown(() => locationFieldsToBody(context, { contactIds: 'a/b' }, 'Additional Fields', 1))
				.message,
		).toMatch(/^"Additional Fields → Contact IDs" must be a Flexport ID.*\[item 1\]$/);
	});
});
