/**
 * A number option of a trigger's "Options" collection, read and checked before it is used. An
 * expression can hand over any value ("abc", -5, an object), which n8n does not check inside a
 * collection. Names, limits and defaults come from the option's own property, so they are written
 * once (in the node description).
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

export type NumberOptionReading = { value: number } | { message: string; description: string };

function shown(value: unknown): string {
	const text = typeof value === 'number' ? String(value) : String(JSON.stringify(value));
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The option's value, its default when unset or empty, or the reason it cannot be used. */
export function readNumberOption(
	options: IDataObject,
	properties: INodeProperties[],
	name: string,
): NumberOptionReading {
	const property = properties.find((candidate) => candidate.name === name);
	if (!property) throw new Error(`The trigger has no option named ${name}`);
	const min = Number(property.typeOptions?.minValue ?? -Infinity);
	const max = Number(property.typeOptions?.maxValue ?? Infinity);
	const raw = options[name];
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))
		return { value: Number(property.default) };
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
	if (Number.isFinite(value) && value >= min && value <= max) return { value };
	return {
		message: `Options → ${property.displayName} must be a number from ${min} to ${max}; got ${shown(raw)}`,
		description: `Check the value or the expression of "${property.displayName}" in the trigger's options.`,
	};
}
