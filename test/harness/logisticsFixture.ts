/**
 * Runs the Flexport Logistics node in n8n-core's WorkflowExecute against the simulator's Logistics
 * API (test/simulator/logistics/), with the test credentials helper of ./n8nHarness.ts.
 * Usage: const env = useLogisticsSimulator(); … await env.run({ parameters: {...} })
 *
 * The simulator's shape is in ./logisticsSimulator.ts, the node types in ./logisticsNodeTypes.ts,
 * the runs in ./logisticsRun.ts; tests import them from here.
 */
import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

import type { listSearch } from '../../nodes/FlexportLogistics/methods';
import { CredentialStore } from './credentialStore';
import {
	type LogisticsRunOptions,
	type LogisticsRunResult,
	runLogisticsListSearch,
	runLogisticsNode,
} from './logisticsRun';
import type { LogisticsSim } from './logisticsSimulator';
import type { Simulator } from './simulatorFixture';

export {
	LIST_PROBE_TYPE,
	LOGISTICS_NODE_TYPE,
	registerLogisticsTestNode,
} from './logisticsNodeTypes';
export type { LogisticsRunOptions, LogisticsRunResult } from './logisticsRun';
export type { LogisticsRequest, LogisticsSim } from './logisticsSimulator';

// The simulator is plain JavaScript shared with the demo and the e2e suite.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../simulator') as {
	startSimulator: (options?: IDataObject) => Promise<Simulator & { logistics: LogisticsSim }>;
};

export interface LogisticsEnv {
	sim: Simulator & { logistics: LogisticsSim };
	logistics: LogisticsSim;
	store: CredentialStore;
	run(options: LogisticsRunOptions): Promise<LogisticsRunResult>;
	listSearch(
		method: keyof typeof listSearch,
		options?: { filter?: string; paginationToken?: string },
	): Promise<INodeListSearchResult>;
}

/** Credential data for the simulator: its base URL, a version it serves and one of its tokens. */
export function logisticsCredentialData(sim: Simulator, accessToken: string): IDataObject {
	return {
		accessToken,
		apiVersion: '2024-07',
		advancedSettings: true,
		baseUrl: sim.url,
	};
}

/** Fails when an output item or the error of a run carries one of the simulator's tokens. */
function assertNoTokens(logistics: LogisticsSim, result: Omit<LogisticsRunResult, 'requests'>) {
	const text = [
		JSON.stringify(result.items.map((item) => item.json)),
		result.error
			? `${result.error.message}\n${result.error.description ?? ''}\n${JSON.stringify(result.error)}`
			: '',
	].join('\n');
	for (const token of [logistics.accessToken, logistics.limitedToken, logistics.readOnlyToken])
		if (token && text.includes(token))
			throw new Error(
				`An access token leaked into the node's output or error: ${text.slice(0, 200)}`,
			);
}

/** One simulator per test file; fresh settings, faults, statistics and credentials per test. */
export function useLogisticsSimulator(options: IDataObject = {}): LogisticsEnv {
	const env = {} as LogisticsEnv;
	beforeAll(async () => {
		env.sim = await startSimulator({ port: 0, quiet: true, ...options });
		env.logistics = env.sim.logistics;
	});
	afterAll(async () => {
		await env.sim?.close();
	});
	beforeEach(() => {
		env.logistics.clearFaults();
		env.logistics.resetSettings();
		env.logistics.resetStats();
		env.store = new CredentialStore();
		const { accessToken, limitedToken, readOnlyToken } = env.logistics;
		for (const [id, token] of [
			['logistics-1', accessToken],
			['logistics-limited', limitedToken],
			['logistics-read-only', readOnlyToken],
		])
			env.store.set(id, 'flexportLogisticsApi', logisticsCredentialData(env.sim, token) as never);
	});
	env.run = async (runOptions) => {
		const since = env.logistics.requests.length;
		const result = await runLogisticsNode(env.store, runOptions);
		assertNoTokens(env.logistics, result);
		return { ...result, requests: env.logistics.requests.slice(since) };
	};
	env.listSearch = async (method, searchOptions) =>
		await runLogisticsListSearch(env.store, method, searchOptions);
	return env;
}
