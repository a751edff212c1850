/**
 * What the bad-input fuzz tries: hostile values, every fuzzable parameter of every operation of a
 * node description, and the cases (a rotating subset of values per parameter). Run and judged by
 * ./badInputRun.ts; both are imported through ./badInput.ts.
 */
import type { INodeProperties } from 'n8n-workflow';

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

export type Description = { properties: INodeProperties[] };

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
