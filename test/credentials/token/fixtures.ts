/** Shared set-up for the token module's tests: settings, a clock, a scripted token endpoint. */
import {
	FlexportTokenProvider,
	type TokenTransport,
} from '../../../credentials/token/FlexportTokenProvider';
import type { TokenHttpRequest, TokenHttpResponse } from '../../../credentials/token/tokenEndpoint';
import type { TokenSettings } from '../../../credentials/token/tokenState';

export const CLIENT_CREDENTIAL_VALUE = 'super-secret-value-123';

export const settings: TokenSettings = {
	clientId: 'client-a',
	clientSecret: CLIENT_CREDENTIAL_VALUE,
	audience: 'https://api.flexport.com',
	scope: '',
	grantType: 'client_credentials',
	tokenUrl: 'https://api.flexport.com/oauth/token',
	responseTokenKey: 'access_token',
	requestFormat: 'json',
};

export function jwt(expSeconds: number, id = Math.random().toString(36).slice(2)): string {
	const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	return `${encode({ alg: 'HS256' })}.${encode({ exp: expSeconds, jti: id })}.sig`;
}

export class Clock {
	constructor(public ms = Date.UTC(2026, 10, 23, 12, 0, 0)) {}
	now = () => this.ms;
	advance(ms: number) {
		this.ms += ms;
	}
}

/** A scripted token endpoint: records requests, answers from a queue or with a fresh JWT. */
export function fakeEndpoint(clock: Clock, lifetimeS = 86_400) {
	const requests: TokenHttpRequest[] = [];
	const queue: Array<TokenHttpResponse | Error> = [];
	let counter = 0;
	const http = jest.fn(async (request: TokenHttpRequest): Promise<TokenHttpResponse> => {
		requests.push(request);
		await Promise.resolve();
		const next = queue.shift();
		if (next instanceof Error) throw next;
		if (next) return next;
		counter++;
		return {
			status: 200,
			body: {
				access_token: jwt(Math.floor(clock.ms / 1000) + lifetimeS, `t${counter}`),
				expires_in: lifetimeS,
				token_type: 'Bearer',
			},
		};
	});
	return { http, requests, queue, transport: { http } as TokenTransport };
}

export function setup(options: { lifetimeS?: number } = {}) {
	const clock = new Clock();
	const endpoint = fakeEndpoint(clock, options.lifetimeS);
	const provider = new FlexportTokenProvider({ now: clock.now });
	return { clock, endpoint, provider };
}
