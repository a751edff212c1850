import {
	parseTokenState,
	serializeTokenState,
	type TokenState,
} from '../../../credentials/token/tokenState';

describe('stored token state', () => {
	it('round-trips and rejects garbage', () => {
		expect(parseTokenState('')).toBeUndefined();
		expect(parseTokenState('{not json')).toBeUndefined();
		expect(parseTokenState('{"v":2}')).toBeUndefined();
		expect(parseTokenState(42)).toBeUndefined();
		const state: TokenState = {
			v: 1,
			accessToken: 'a',
			expiresAt: 5,
			obtainedAt: 1,
			fingerprint: 'f',
			clientKey: 'c',
			requests: [1],
		};
		expect(parseTokenState(serializeTokenState(state))).toEqual(state);
	});
});
