/**
 * The bad-input fuzz machinery both API nodes share (test/nodes/Flexport/fuzz.test.ts and
 * test/nodes/FlexportLogistics/fuzz.test.ts): hostile values, every fuzzable parameter of every
 * operation of a node description, the cases (a rotating subset of values per parameter), the
 * required parameters around the one under test, and the judgement of one run: each hostile
 * value is either sent (encoded, never changing the path) or rejected before any request with a
 * NodeOperationError that names a field and the item.
 */
import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';

export const HOSTILE_VALUES: unknown[] = [
	'',
	'   ',
	'x'.repeat(20_000),
	'🚢 Ünïcødé 船',
	"1' OR '1'='1",
	'../../oauth/token',
	'..%2F..%2Foauth%2Ftoken',
	'12?per=100000&f.status=x',
	'12#fragment',
	'12/../../__sim/stats',
	'<script>alert(1)</script>',
	'{"unterminated": ',
	'[1, 2',
	'null',
	-1,
	0,
	Number.POSITIVE_INFINITY,
	'9999-99-99',
	'1800-01-01T00:00:00Z',
	'2200-01-01',
	'line\nbreak\u0000nul',
	true,
];

/** One step of a parameter path: a name, or the row of a list of rows (fixedCollection). */
export type PathStep = string | number;

export interface FuzzParameter {
	path: PathStep[]; // e.g. ['filters', 'status'] or ['shipToAddress', 'address', 'street1']
	label: string;
	type: string;
}

export interface FuzzCase extends FuzzParameter {
	resource: string;
	operation: string;
	value: unknown;
}

export interface FuzzOptions {
	/** Also the values inside fixedCollections (addresses, rows), booleans and multi-options. */
	deep?: boolean;
	/** Hostile values per parameter (default 3). */
	perParameter?: number;
}

type Description = { properties: INodeProperties[] };

export function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	if (!show) return false;
	return (
		(show.resource as string[] | undefined)?.includes(resource) === true &&
		(show.operation as string[] | undefined)?.includes(operation) === true
	);
}

/** Every (resource, operation) pair of the node's Operation selectors. */
export function operationsOf(
	description: Description,
): Array<{ resource: string; operation: string }> {
	const operations: Array<{ resource: string; operation: string }> = [];
	for (const property of description.properties) {
		if (property.name !== 'operation') continue;
		const resource = (property.displayOptions?.show?.resource as string[])[0];
		for (const option of property.options ?? [])
			operations.push({ resource, operation: String((option as { value: string }).value) });
	}
	return operations;
}

const TOP_TYPES = ['string', 'number', 'json', 'dateTime', 'options', 'resourceLocator'];
const INNER_TYPES = ['string', 'number', 'json', 'dateTime', 'options'];
const DEEP_TYPES = ['boolean', 'multiOptions'];

/** The leaves of a fixedCollection (deep mode): each value of each group, in row 0 of lists. */
function fixedCollectionLeaves(property: INodeProperties, path: PathStep[], label: string) {
	const leaves: FuzzParameter[] = [];
	const multiple = property.typeOptions?.multipleValues === true;
	for (const group of (property.options ?? []) as Array<{
		name: string;
		values: INodeProperties[];
	}>) {
		for (const value of group.values ?? []) {
			if (![...INNER_TYPES, ...DEEP_TYPES].includes(value.type)) continue;
			leaves.push({
				path: [...path, group.name, ...(multiple ? [0] : []), value.name],
				label: `${label} → ${value.displayName}`,
				type: value.type,
			});
		}
	}
	return leaves;
}

/** Every fuzzable parameter of an operation, including the fields inside its collections. */
export function parametersOf(
	description: Description,
	resource: string,
	operation: string,
	{ deep = false }: FuzzOptions = {},
): FuzzParameter[] {
	const inner = deep ? [...INNER_TYPES, ...DEEP_TYPES] : INNER_TYPES;
	const top = deep ? [...TOP_TYPES, ...DEEP_TYPES] : TOP_TYPES;
	const result: FuzzParameter[] = [];
	// An operation without parameters of its own (deep mode) gets the node-wide collections.
	const own = description.properties.filter((property) => shownFor(property, resource, operation));
	const shared = description.properties.filter(
		(property) => !property.displayOptions && property.type === 'collection',
	);
	for (const property of deep && own.length === 0 ? shared : own) {
		if (property.type === 'collection') {
			for (const option of (property.options ?? []) as INodeProperties[]) {
				const label = `${property.displayName} → ${option.displayName}`;
				if (inner.includes(option.type))
					result.push({ path: [property.name, option.name], label, type: option.type });
				else if (deep && option.type === 'fixedCollection')
					result.push(...fixedCollectionLeaves(option, [property.name, option.name], label));
			}
		} else if (deep && property.type === 'fixedCollection') {
			result.push(...fixedCollectionLeaves(property, [property.name], property.displayName));
		} else if (top.includes(property.type)) {
			result.push({ path: [property.name], label: property.displayName, type: property.type });
		}
	}
	return result;
}

/** A rotating subset of the hostile values per parameter keeps the run short but covers every value often. */
export function fuzzCases(description: Description, options: FuzzOptions = {}): FuzzCase[] {
	const perParameter = options.perParameter ?? 3;
	const cases: FuzzCase[] = [];
	let counter = 0;
	for (const { resource, operation } of operationsOf(description)) {
		for (const parameter of parametersOf(description, resource, operation, options)) {
			for (let k = 0; k < perParameter; k++) {
				const value = HOSTILE_VALUES[(counter++ * 7 + k) % HOSTILE_VALUES.length];
				cases.push({ resource, operation, ...parameter, value });
			}
		}
	}
	return cases;
}

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
