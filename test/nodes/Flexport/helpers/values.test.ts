import { requireNumericId, requireTokenId } from '../../../../nodes/Flexport/helpers/values';
import { parameterContext, thrown } from '../../../harness/parameterContext';

const context = parameterContext();

describe('IDs', () => {
	it('requireNumericId accepts positive integers (as numbers or trimmed text) and nothing else', () => {
		expect(requireNumericId(context, 12345, 'Shipment', 0)).toBe('12345');
		expect(requireNumericId(context, ' 42 ', 'Shipment', 0)).toBe('42');
		for (const bad of ['0', '-1', '1.5', '12/../x', '1e3', 'abc', '9'.repeat(19), null]) {
			expect(thrown(() => requireNumericId(context, bad, 'Shipment', 1)).message).toMatch(
				/^"Shipment" must be a numeric Flexport ID, but got .* \[item 1\]$/,
			);
		}
		expect(thrown(() => requireNumericId(context, '', 'Shipment', 0)).message).toContain(
			'but got nothing',
		);
	});

	it('requireTokenId accepts letters, digits, - and _ up to 100 characters', () => {
		expect(requireTokenId(context, ' FTP-Vvpj_Rp ', 'Company', 0)).toBe('FTP-Vvpj_Rp');
		expect(requireTokenId(context, 77, 'Company', 0)).toBe('77');
		for (const bad of ['a/b', 'a b', '../x', 'x'.repeat(101), '', undefined]) {
			expect(thrown(() => requireTokenId(context, bad, 'Company', 2)).message).toMatch(
				/^"Company" must be a Flexport ID \(letters, digits, - and _\), but got .*\[item 2\]$/,
			);
		}
	});
});
