/**
 * Tool mode, for both API nodes: an AI Agent or an MCP Server Trigger runs a `usableAsTool` node as
 * the type `<type>Tool` (n8n's tool generation, on the 1.x and 2.x lines alike). The caller is then
 * a model: results are capped to fit a prompt, and a failure is answered as text it can act on,
 * because agents otherwise see a failed run (n8n 1.x) or an empty string (AI Agent 2.x).
 * Each node names its objects (ToolSubject); the wording and the mechanism live here.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

import { runItems, type ItemHandler } from './runItems';

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

/** What a failed tool call was about, in the words of the node that ran it. */
export interface ToolSubject {
	/** The object an ID names, lower case: "shipment", "inbound shipment". */
	noun: string;
	/** Its plural, where adding "s" is wrong ("freight orders and quotes"). */
	plural?: string;
	/** False where the tool has no list of these objects to find an ID in. */
	listable?: boolean;
}

function plural(subject: ToolSubject): string {
	const { noun } = subject;
	if (subject.plural) return subject.plural;
	return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** What a model should do after a failure, by HTTP status (none: the input was rejected here). */
function nextStep(httpCode: string | undefined, subject: ToolSubject): string {
	const status = Number(httpCode);
	if (status === 404) {
		const findId =
			subject.listable === false
				? `This tool cannot list ${plural(subject)}: ask the user for the right ID`
				: `List ${plural(subject)} first to find a valid ID`;
		return `No ${subject.noun} has that ID in this Flexport account. ${findId}, then call this tool again with it.`;
	}
	if (status === 401 || status === 403)
		return 'The Flexport credential in n8n may not do this. Do not retry; tell the user to check the credential.';
	if (status === 423)
		return 'The Flexport account is locked. Do not retry; tell the user to check the account in Flexport.';
	if (status === 429 || status >= 500)
		return 'Flexport is busy or failing right now. Try once more later, or tell the user.';
	if (status >= 400)
		return 'Flexport rejected the inputs. Fix the fields named in the error and call this tool again.';
	return 'Fix the input named in the error and call this tool again, or tell the user what failed.';
}

/** A failure as a tool result: what went wrong, Flexport's hint, and what to do next. */
export function toolErrorResult(
	error: { message: string; description?: string | null; httpCode?: string | null },
	subject: ToolSubject,
): IDataObject {
	return {
		error: error.message,
		...(error.description ? { description: error.description } : {}),
		next_step: nextStep(error.httpCode ?? undefined, subject),
	};
}

/**
 * Runs every item through `handler` (nodes/shared/runItems.ts). As a node, failures behave as
 * n8n's On Error says (`failureFields` adds to a Continue On Fail item); as a tool, every failed
 * item is answered as a toolErrorResult about the item's resource, and the run goes on.
 */
export async function runAsNodeOrTool(
	context: IExecuteFunctions,
	handler: ItemHandler,
	subjectOf: (resource: string) => ToolSubject,
	failureFields?: (error: NodeApiError | NodeOperationError, itemIndex: number) => IDataObject,
): Promise<INodeExecutionData[][]> {
	if (!runsAsTool(context)) return await runItems(context, handler, failureFields);
	return await runItems(
		context,
		handler,
		(error, itemIndex) =>
			toolErrorResult(
				error,
				subjectOf(context.getNodeParameter('resource', itemIndex, '') as string),
			),
		true,
	);
}
