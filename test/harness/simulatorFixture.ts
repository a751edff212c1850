/**
 * A simulator plus a credential store, for tests that run the node in n8n-core against real HTTP.
 * Usage: const env = useSimulator(); ... await env.run({ parameters: {...} })
 */
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { tokenProvider } from '../../credentials/token/n8nTokenTransport';
import { CredentialStore, runFlexportNode, type RunOptions, type RunResult } from './n8nHarness';

// The simulator is plain JavaScript shared with the demo and the e2e suite.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../simulator') as { startSimulator: (options?: IDataObject) => Promise<Simulator> };

export interface SimulatedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: unknown;
	status: number;
	operationId: string | null;
	validationErrors: string[];
}

export interface Simulator {
	url: string;
	tokenUrl: string;
	clientId: string;
	clientSecret: string;
	apiKey: string;
	requests: SimulatedRequest[];
	stats(): { tokenRequests: number; tokensIssued: number; apiRequests: number; byStatus: Record<string, number> };
	resetStats(): void;
	setFaults(faults: IDataObject): void;
	clearFaults(): void;
	advanceClock(ms: number): void;
	revokeTokens(): void;
	close(): Promise<void>;
	[key: string]: unknown;
}

export interface SimulatorEnv {
	sim: Simulator;
	store: CredentialStore;
	run(options: Omit<RunOptions, 'credentialId'> & { credentialId?: string }): Promise<RunResult & { requests: SimulatedRequest[] }>;
	/** API requests (not /oauth/token) seen since the last run started. */
	apiRequests(): SimulatedRequest[];
}

export function oauthCredentialData(sim: Simulator, overrides: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	return {
		clientId: sim.clientId,
		clientSecret: sim.clientSecret,
		audience: 'https://api.flexport.com',
		scope: '',
		grantType: 'client_credentials',
		responseKeyPath: 'access_token',
		advancedSettings: true,
		tokenUrl: sim.tokenUrl,
		requestFormat: 'json',
		baseUrl: sim.url,
		apiVersion: '2',
		...overrides,
	};
}

/** Starts one simulator for the test file and a fresh credential for every test. */
export function useSimulator(options: IDataObject = {}): SimulatorEnv {
	const env = {} as SimulatorEnv;
	let since = 0;
	beforeAll(async () => {
		env.sim = await startSimulator({ port: 0, quiet: true, ...options });
	});
	afterAll(async () => {
		await env.sim?.close();
	});
	beforeEach(() => {
		tokenProvider.reset();
		env.sim.clearFaults();
		env.sim.resetStats();
		// A new simulated day per test, so Flexport's 10-tokens-a-day quota never leaks between tests.
		env.sim.advanceClock(25 * 3600_000);
		env.store = new CredentialStore();
		env.store.set('cred-1', 'flexportOAuth2Api', oauthCredentialData(env.sim));
		env.store.set('cred-key', 'flexportApi', { apiKey: env.sim.apiKey, baseUrl: env.sim.url, apiVersion: '2' });
	});
	env.apiRequests = () => env.sim.requests.slice(since).filter((request) => !request.path.startsWith('/oauth/'));
	env.run = async (runOptions) => {
		since = env.sim.requests.length;
		const credentialId = runOptions.credentialId ?? (runOptions.credentialType === 'flexportApi' ? 'cred-key' : 'cred-1');
		const result = await runFlexportNode(env.store, { ...runOptions, credentialId });
		return { ...result, requests: env.apiRequests() };
	};
	return env;
}
