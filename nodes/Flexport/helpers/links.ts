/**
 * Resolve Links, the pure part: which link refs of an object the chosen fields or paths name
 * (nested ones too, such as `ocean_shipment.containers`), and putting what they point to in
 * their place.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseTextList } from './json';
import { isRef } from './simplify';
import { failParameter } from './values';

/** How deep below the object links are looked for (`data.shipment.ocean_shipment.containers`). */
export const MAX_LINK_DEPTH = 4;

/** What `*` or any other choice may fetch at most, per object: each link costs a request. */
export const MAX_LINKS_PER_OBJECT = 25;

export interface FoundLink {
	/** Keys and list positions from the object to the ref. */
	at: Array<string | number>;
	/** The dotted field path, without list positions (`involved_parties.company_entity`). */
	path: string;
	ref: IDataObject & { link: string };
}

const isPlainObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const isLink = (value: unknown): value is IDataObject & { link: string } =>
	isRef(value) && typeof value.link === 'string';

/**
 * The links `wanted` names, nearest first: `*` is every link; a dotted path names the link at that
 * path; a plain field name names a link in a field of that name at any depth. At most
 * MAX_LINKS_PER_OBJECT.
 */
export function findLinks(object: IDataObject, wanted: readonly string[]): FoundLink[] {
	const all = wanted.includes('*');
	const names = new Set(wanted.filter((entry) => !entry.includes('.')));
	const paths = new Set(wanted.filter((entry) => entry.includes('.')));
	const chosen = (path: string, key: string) => all || paths.has(path) || names.has(key);
	const found: FoundLink[] = [];
	const queue: Array<{
		value: IDataObject;
		at: Array<string | number>;
		path: string;
		depth: number;
	}> = [{ value: object, at: [], path: '', depth: 0 }];
	while (queue.length > 0 && found.length < MAX_LINKS_PER_OBJECT) {
		const node = queue.shift()!;
		for (const [key, value] of Object.entries(node.value)) {
			if (key === '_object') continue;
			const path = node.path ? `${node.path}.${key}` : key;
			const visit = (entry: unknown, at: Array<string | number>) => {
				if (isLink(entry)) {
					if (chosen(path, key) && found.length < MAX_LINKS_PER_OBJECT)
						found.push({ at, path, ref: entry });
				} else if (isPlainObject(entry) && node.depth + 1 < MAX_LINK_DEPTH) {
					queue.push({ value: entry, at, path, depth: node.depth + 1 });
				}
			};
			if (Array.isArray(value))
				value.forEach((entry, index) => visit(entry, [...node.at, key, index]));
			else visit(value, [...node.at, key]);
		}
	}
	return found;
}

/** A copy of `object` with `value` at `at` (only the objects and lists on the way are copied). */
export function replaceAt(
	object: IDataObject,
	at: Array<string | number>,
	value: unknown,
): IDataObject {
	const [head, ...rest] = at;
	const copy: IDataObject = { ...object };
	const child = copy[head as string];
	if (rest.length === 0) copy[head as string] = value as IDataObject;
	else if (Array.isArray(child)) {
		const list = [...child] as unknown[];
		const [index, ...deeper] = rest;
		list[index as number] =
			deeper.length === 0 ? value : replaceAt(list[index as number] as IDataObject, deeper, value);
		copy[head as string] = list as IDataObject[];
	} else copy[head as string] = replaceAt(child as IDataObject, rest, value);
	return copy;
}

const LINK_PATH = /^(\*|[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,5})$/;

/**
 * The fields and paths of Options → Resolve Links (the list, or text from older workflows and
 * expressions) and Options → Other Link Fields, each checked before any request is sent.
 */
export function linkChoices(
	context: IExecuteFunctions,
	options: { resolveLinks?: unknown; resolveLinkPaths?: unknown },
	itemIndex: number,
): string[] {
	const read = (value: unknown, field: string) =>
		parseTextList(value).map((entry) => {
			if (!LINK_PATH.test(entry))
				failParameter(
					context,
					itemIndex,
					`"${field}": ${JSON.stringify(entry).slice(0, 80)} is not a field name or path such as legs or ocean_shipment.containers`,
				);
			return entry;
		});
	return [
		...new Set([
			...read(options.resolveLinks, 'Options → Resolve Links'),
			...read(options.resolveLinkPaths, 'Options → Other Link Fields'),
		]),
	];
}
