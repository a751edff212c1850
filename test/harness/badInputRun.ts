/**
 * One bad-input case run and judged: the required parameters around the one under test, the run,
 * and the judgement (each hostile value is either sent, encoded and never changing the path, or
 * rejected before any request with a NodeOperationError that names a field and the item).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { type Description, type FuzzCase, type PathStep, shownFor } from './badInputCases';

/**
 * Required parameters of the operation other than `skip`, from `values`: text and numbers set
 * through expressions from the item (as a workflow would map them), objects (an address, rows)
 * set as they are.
 */
export function requiredBaseline(
	description: Description,
	values: Record<string, unknown>,
	resource: string,
	operation: string,
	skip: string,
): { parameters: IDataObject; item: IDataObject } {
	const parameters: IDataObject = {};
	const item: IDataObject = {};
	for (const property of description.properties) {
		if (!property.required || property.name === skip || !shownFor(property, resource, operation))
			continue;
		if (!(property.name in values)) continue;
		const value = values[property.name];
		if (value !== null && typeof value === 'object') {
			parameters[property.name] = structuredClone(value) as IDataObject;
			continue;
		}
		item[`base_${property.name}`] = value as never;
		const expression = `={{ $json.base_${property.name} }}`;
		parameters[property.name] =
			property.type === 'resourceLocator'
				? { __rl: true, mode: 'id', value: expression }
				: expression;
	}
	return { parameters, item };
}

/** The parameters with the value under test at `path`, taken from the item (`$json.v`). */
export function withValue(
	base: IDataObject,
	path: PathStep[],
	_value: unknown,
	type: string,
): IDataObject {
	const asParameter =
		type === 'resourceLocator'
			? { __rl: true, mode: 'id', value: '={{ $json.v }}' }
			: '={{ $json.v }}';
	const parameters: IDataObject = { ...base };
	let parent: Record<PathStep, unknown> = parameters as Record<PathStep, unknown>;
	path.forEach((step, index) => {
		if (index === path.length - 1) {
			parent[step] = asParameter;
			return;
		}
		const existing = parent[step];
		const copy = Array.isArray(existing)
			? [...(existing as unknown[])]
			: existing !== null && typeof existing === 'object'
				? { ...(existing as IDataObject) }
				: typeof path[index + 1] === 'number'
					? []
					: {};
		if (Array.isArray(copy) && typeof path[index + 1] === 'number') {
			const row = path[index + 1] as number;
			copy[row] = { ...((copy[row] as IDataObject | undefined) ?? {}) };
		}
		parent[step] = copy;
		parent = copy as Record<PathStep, unknown>;
	});
	return parameters;
}

export interface RunOutcome<R> {
	items: INodeExecutionData[];
	error?: Error;
	requests: R[];
}

/**
 * Runs one case: the operation with its required parameters from `values` and the value under
 * test, both taken from the one input item. The engine's refusal to run comes back as the Error.
 */
export async function runCase<R>(
	description: Description,
	values: Record<string, unknown>,
	entry: FuzzCase,
	run: (options: { parameters: IDataObject; items: IDataObject[] }) => Promise<RunOutcome<R>>,
): Promise<RunOutcome<R> | Error> {
	const { resource, operation, path, value, type } = entry;
	const base = requiredBaseline(description, values, resource, operation, String(path[0]));
	return await run({
		parameters: withValue({ resource, operation, ...base.parameters }, path, value, type),
		items: [{ ...base.item, v: value as never }],
	}).catch((engineError: Error) => engineError);
}

export interface BadInputTally {
	tried: number;
	rejectedBeforeSending: number;
	namedTheField: number;
	rejectedByN8n: number;
	sentEncoded: number;
	apiErrors: number;
}

export const newTally = (): BadInputTally => ({
	tried: 0,
	rejectedBeforeSending: 0,
	namedTheField: 0,
	rejectedByN8n: 0,
	sentEncoded: 0,
	apiErrors: 0,
});

/**
 * Judges one run (or the engine's refusal to run). `checkRequest` asserts what every request
 * that left must satisfy (its path); `requestsAfterRefusal` counts what was sent when n8n refused
 * the parameters (nothing may be).
 */
export function judgeOutcome<R>(
	outcome: RunOutcome<R> | Error,
	entry: FuzzCase,
	tally: BadInputTally,
	checks: { checkRequest: (request: R) => void; requestsAfterRefusal: () => unknown[] },
): void {
	tally.tried++;
	if (outcome instanceof Error) {
		// n8n refuses to run a node whose parameters fail its own checks: nothing is sent either.
		expect(outcome.name).toBe('WorkflowHasIssuesError');
		expect(checks.requestsAfterRefusal()).toHaveLength(0);
		tally.rejectedByN8n++;
		return;
	}
	const { items, error, requests } = outcome;
	for (const request of requests) checks.checkRequest(request);
	if (requests.length === 0) {
		expect(error).toBeDefined();
		// Rejected before sending: an operation error that names a field and the item.
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(/"[^"]+".*\[item 0\]|\[item 0\].*"[^"]+"/s);
		tally.rejectedBeforeSending++;
		if (error?.message.includes(entry.label.split(' → ').pop() as string)) tally.namedTheField++;
	} else {
		tally.sentEncoded++;
		if (error) tally.apiErrors++;
	}
	// Output items always belong to the one input item.
	expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
}

/** The figures of a run, after `prefix` ("Bad input:"). */
export function tallyLine(prefix: string, tally: BadInputTally, operations: number): string {
	return `${prefix} ${tally.tried} cases over ${operations} operations — ${tally.rejectedBeforeSending} rejected by the node before sending (${tally.namedTheField} naming the field under test), ${tally.rejectedByN8n} stopped by n8n's own parameter check, ${tally.sentEncoded} sent encoded (${tally.apiErrors} of them answered with an error), 0 path escapes`;
}
