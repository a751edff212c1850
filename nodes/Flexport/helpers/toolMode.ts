/**
 * Tool mode of the freight node: the shared mechanism (nodes/shared/toolMode.ts) with the freight
 * objects' names (../objects.ts).
 */
import type { ToolSubject } from '../../shared/toolMode';
import { FLEXPORT_OBJECTS } from '../objects';

export { runsAsTool, TOOL_MAX_RESULTS, toolCappedLimit } from '../../shared/toolMode';

/** The freight object a resource's IDs name ("object" for Custom API Call). */
export function freightToolSubject(resource: string): ToolSubject {
	const label = (FLEXPORT_OBJECTS as Record<string, { label: string } | undefined>)[resource]
		?.label;
	return { noun: (label ?? 'object').toLowerCase() };
}
