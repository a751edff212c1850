/**
 * Tool mode: an AI Agent or an MCP Server Trigger runs a `usableAsTool` node as the type
 * `<type>Tool` (n8n's tool generation, on the 1.x and 2.x lines alike). The caller is then a model:
 * results are capped to fit a prompt, and a failure is answered as text it can act on, because
 * agents otherwise see a failed run (n8n 1.x) or an empty string (AI Agent 2.x).
 */
import type { IDataObject, INode } from 'n8n-workflow';

import { FLEXPORT_OBJECTS } from '../objects';

/** Most records one tool call returns, whatever Limit or Return All say. */
export const TOOL_MAX_RESULTS = 50;

export function runsAsTool(context: { getNode(): INode }): boolean {
	return context.getNode().type.endsWith('Tool');
}

/** The limit a list call uses: as a tool, at most TOOL_MAX_RESULTS (also with Return All). */
export function toolCappedLimit(
	context: { getNode(): INode },
	limit: number | undefined,
): number | undefined {
	if (!runsAsTool(context)) return limit;
	return Math.min(limit ?? TOOL_MAX_RESULTS, TOOL_MAX_RESULTS);
}

function plural(noun: string): string {
	return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** What a model should do after a failure, by HTTP status (none: the input was rejected here). */
function nextStep(httpCode: string | undefined, resource: string): string {
	const label = (FLEXPORT_OBJECTS as Record<string, { label: string } | undefined>)[resource]
		?.label;
	const noun = (label ?? 'object').toLowerCase();
	const status = Number(httpCode);
	if (status === 404)
		return `No ${noun} has that ID in this Flexport account. List ${plural(noun)} first to find a valid ID, then call this tool again with it.`;
	if (status === 401 || status === 403)
		return 'The Flexport credential in n8n may not do this. Do not retry; tell the user to check the credential.';
	if (status === 429 || status >= 500)
		return 'Flexport is busy or failing right now. Try once more later, or tell the user.';
	if (status >= 400)
		return 'Flexport rejected the inputs. Fix the fields named in the error and call this tool again.';
	return 'Fix the input named in the error and call this tool again, or tell the user what failed.';
}

/** A failure as a tool result: what went wrong, Flexport's hint, and what to do next. */
export function toolErrorResult(
	error: { message: string; description?: string | null; httpCode?: string | null },
	resource: string,
): IDataObject {
	return {
		error: error.message,
		...(error.description ? { description: error.description } : {}),
		next_step: nextStep(error.httpCode ?? undefined, resource),
	};
}
