import { productFieldsToBody } from '../../../../nodes/Flexport/helpers/products';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();

describe('productFieldsToBody', () => {
	it('maps every product field to its Flexport name', () => {
		expect(
			productFieldsToBody(
				context,
				{
					name: 'Adapter',
					sku: 'A-1',
					description: 'A 12V adapter',
					productCategory: 'Electronics',
					countryOfOrigin: 'China',
					clientVerified: true,
					productProperties: { property: [{ type: 'color', value: 'black' }] },
					classifications: '[{"codes": [8518.3], "region": "US"}]',
					suppliers: '[{"id": 5, "country_of_origin": "CN"}]',
				},
				'Update Fields',
				0,
			),
		).toEqual({
			name: 'Adapter',
			sku: 'A-1',
			description: 'A 12V adapter',
			product_category: 'Electronics',
			country_of_origin: 'China',
			client_verified: true,
			product_properties: [{ type: 'color', value: 'black' }],
			classifications: [{ codes: ['8518.3'], region: 'US' }],
			suppliers: [{ id: '5', country_of_origin: 'CN' }],
		});
	});

	it('names the collection and field for classifications without a code list and suppliers without id or ref', () => {
		expect(
			thrown(() =>
				productFieldsToBody(
					context,
					{ classifications: '[{"codes": "1", "region": "US"}]' },
					'Update Fields',
					0,
				),
			).message,
		).toBe('"Update Fields → Classifications (JSON)": entry 1 needs "codes" as a list [item 0]');
		expect(
			thrown(() =>
				productFieldsToBody(
					context,
					{ suppliers: '[{"country_of_origin": "CN"}]' },
					'Additional Fields',
					2,
				),
			).message,
		).toBe('"Additional Fields → Suppliers (JSON)": entry 1 needs "id" or "ref" [item 2]');
	});
});
