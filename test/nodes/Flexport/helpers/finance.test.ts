import {
	commercialInvoiceFieldsToBody,
	parseInvoiceLineItems,
	requireCurrency,
	toMoney,
} from '../../../../nodes/Flexport/helpers/finance';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();
const line = {
	product_sku: 'SKU-1',
	quantity: { value: 10, unit: 'pcs' },
	value: { amount: 100, currency_code: 'USD' },
	price_per_unit: { amount: '10.00', currency_code: 'USD' },
};

describe('parseInvoiceLineItems', () => {
	it('accepts complete lines and sends money amounts as text', () => {
		const [parsed] = parseInvoiceLineItems(context, JSON.stringify([line]), 'Line Items (JSON)', 0);
		expect(parsed.value).toEqual({ amount: '100', currency_code: 'USD' });
		expect(parsed.price_per_unit).toEqual({ amount: '10.00', currency_code: 'USD' });
	});

	it('rejects an empty list, missing keys, a bad quantity unit and money that is not an object', () => {
		const cases: Array<[unknown, string]> = [
			[[], '"Line Items (JSON)" must list at least one line item [item 0]'],
			[[{ ...line, product_sku: '' }], '"Line Items (JSON)": entry 1 needs "product_sku" [item 0]'],
			[
				[{ ...line, quantity: { value: 1, unit: 'boxes' } }],
				'"Line Items (JSON)": entry 1 needs "quantity" as {"value": number, "unit": one of pcs, dpc, doz, hun, ths, prs, dpr} [item 0]',
			],
			[
				[{ ...line, value: '100' }],
				'"Line Items (JSON)": entry 1 needs "value" as {"amount", "currency_code"} [item 0]',
			],
		];
		for (const [value, message] of cases)
			expect(
				thrown(() => parseInvoiceLineItems(context, JSON.stringify(value), 'Line Items (JSON)', 0))
					.message,
			).toBe(message);
	});
});

describe('currency and money', () => {
	it('requireCurrency upper-cases three-letter codes and rejects others', () => {
		expect(requireCurrency(context, ' usd ', 'Currency Code', 0)).toBe('USD');
		expect(thrown(() => requireCurrency(context, 'US$', 'Currency Code', 0)).message).toBe(
			'"Currency Code" must be a three-letter currency code such as USD, but got "US$" [item 0]',
		);
	});

	it('toMoney sends a non-negative amount as text with the currency', () => {
		expect(toMoney(context, '12.5', 'EUR', 'Proration Amount', 0)).toEqual({
			amount: '12.5',
			currency_code: 'EUR',
		});
		expect(thrown(() => toMoney(context, -1, 'EUR', 'Proration Amount', 0)).message).toBe(
			'"Proration Amount" must be a positive amount, but got -1 [item 0]',
		);
	});
});

describe('commercialInvoiceFieldsToBody', () => {
	it('maps the shared fields to Flexport names', () => {
		expect(
			commercialInvoiceFieldsToBody(
				context,
				{ isRelatedParties: true, manufacturerRefs: 'f1, f2', metadata: '{"po": "1"}' },
				'Update Fields',
				0,
			),
		).toEqual({
			is_related_parties: true,
			manufacturer_refs: ['f1', 'f2'],
			metadata: { po: ['1'] },
		});
		expect(
			thrown(() =>
				commercialInvoiceFieldsToBody(context, { metadata: '{"po": 1}' }, 'Update Fields', 0),
			).message,
		).toMatch(/^"Update Fields → Metadata \(JSON\)": the value of "po"/);
	});
});
