import { FlexportTokenProvider } from '../../../credentials/token/FlexportTokenProvider';
import { DAY_MS, TokenBudgetExceededError } from '../../../credentials/token/tokenBudget';
import {
	parseTokenState,
	serializeTokenState,
	type TokenState,
} from '../../../credentials/token/tokenState';
import { settings, setup } from './fixtures';

describe('token budget', () => {
	describe('daily budget', () => {
		it('never sends the 11th request within 24 hours and says when the next is allowed', async () => {
			const { endpoint, provider, clock } = setup({ lifetimeS: 60 });
			let state: TokenState | undefined;
			const startedAt = clock.ms;
			for (let i = 0; i < 10; i++) {
				state = await provider.getToken(settings, state, endpoint.transport);
				clock.advance(60_000);
			}
			expect(endpoint.requests).toHaveLength(10);
			const attempt = provider.getToken(settings, state, endpoint.transport);
			await expect(attempt).rejects.toBeInstanceOf(TokenBudgetExceededError);
			await expect(provider.getToken(settings, state, endpoint.transport)).rejects.toThrow(
				new RegExp(
					`10 token requests per credential per day.*made 10.*after ${new Date(startedAt + DAY_MS).toISOString()}`,
				),
			);
			expect(endpoint.requests).toHaveLength(10);
		});

		it('remembers the budget across processes through the stored state', async () => {
			const { endpoint, clock } = setup({ lifetimeS: 60 });
			let state: TokenState | undefined;
			for (let i = 0; i < 10; i++) {
				const process = new FlexportTokenProvider({ now: clock.now });
				state = parseTokenState(
					serializeTokenState(await process.getToken(settings, state, endpoint.transport)),
				);
				clock.advance(60_000);
			}
			const newProcess = new FlexportTokenProvider({ now: clock.now });
			await expect(newProcess.getToken(settings, state, endpoint.transport)).rejects.toBeInstanceOf(
				TokenBudgetExceededError,
			);
			expect(endpoint.requests).toHaveLength(10);
		});

		it('allows a request again once the oldest one is a day old', async () => {
			const { endpoint, provider, clock } = setup({ lifetimeS: 60 });
			let state: TokenState | undefined;
			for (let i = 0; i < 10; i++) {
				state = await provider.getToken(settings, state, endpoint.transport);
				clock.advance(60_000);
			}
			clock.advance(DAY_MS - 10 * 60_000 + 1);
			state = await provider.getToken(settings, state, endpoint.transport);
			expect(endpoint.requests).toHaveLength(11);
			expect(state.requests).toHaveLength(10);
		});

		it('keeps the history when only the secret changes (the budget belongs to the client ID)', async () => {
			const { endpoint, provider } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			const second = await provider.getToken(
				{ ...settings, clientSecret: 'rotated-secret' },
				first,
				endpoint.transport,
			);
			expect(second.requests).toHaveLength(2);
		});
	});
});
