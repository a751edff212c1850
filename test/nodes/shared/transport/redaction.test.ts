import { redactSecrets } from '../../../../nodes/shared/transport/redaction';

describe('redactSecrets', () => {
	it('redacts every secret it is given', () => {
		expect(redactSecrets('a secret-1 and secret-1 b', ['secret-1', undefined, ''])).toBe(
			'a [redacted] and [redacted] b',
		);
	});
});
