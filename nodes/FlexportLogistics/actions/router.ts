/**
 * Finds the operation an item asks for and runs every item through it (nodes/shared/runItems.ts);
 * as an AI tool, failures go back to the model as text it can act on (nodes/shared/toolMode.ts).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';
import { NodeOperationError as OperationError } from 'n8n-workflow';

import { operationTable } from '../../shared/operations';
import { runAsNodeOrTool, type ToolSubject } from '../../shared/toolMode';
import type { LogisticsResource, LogisticsResources, OperationModule } from '../node.type';
import type { LogisticsProblem } from '../transport';
import * as registered from './resources';

const resources: LogisticsResources = registered satisfies LogisticsResources;

const RESOURCE_NAMES = Object.keys(resources) as LogisticsResource[];

const OPERATIONS = operationTable<OperationModule>(resources);

export function findOperation(resource: string, operation: string): OperationModule | undefined {
	return OPERATIONS.get(`${resource}.${operation}`);
}

/** The Resource selector, alphabetical. */
export function resourceOptions(): INodePropertyOptions[] {
	return RESOURCE_NAMES.map((resource) => resources[resource].option).sort((a, b) =>
		a.name.localeCompare(b.name),
	);
}

/** Every resource's Operation selector and operation parameters. */
export function resourceProperties(): INodeProperties[] {
	return RESOURCE_NAMES.flatMap((resource) => resources[resource].description);
}

async function runItem(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const resource = this.getNodeParameter('resource', itemIndex) as string;
	const operation = this.getNodeParameter('operation', itemIndex) as string;
	const handler = findOperation(resource, operation);
	if (!handler)
		throw new OperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for "${resource}"`,
			{ itemIndex },
		);
	return await handler.execute.call(this, itemIndex);
}

/** With Continue On Fail, a failed item also says what Flexport answered, to branch on. */
function problemFields(error: NodeApiError | NodeOperationError): IDataObject {
	const problem = (error.context as { problem?: LogisticsProblem } | undefined)?.problem;
	const httpCode = (error as NodeApiError).httpCode;
	const fields: IDataObject = {};
	if (httpCode) fields.httpCode = httpCode;
	if (!problem) return fields;
	for (const key of ['title', 'detail', 'type', 'instance', 'subCode'] as const)
		if (problem[key] !== undefined) fields[key] = problem[key];
	if (problem.orderError) fields.orderError = { ...problem.orderError };
	return fields;
}

/** Where the Resource name is not what an ID names. */
const TOOL_NOUNS: Partial<Record<LogisticsResource, ToolSubject>> = {
	freight: { noun: 'freight order or quote', plural: 'freight orders and quotes' },
};

/** What a failed tool call was about; its 404 says to list first only where the node can list. */
export function toolSubject(resource: string): ToolSubject {
	const module = (resources as Partial<Record<string, LogisticsResources[LogisticsResource]>>)[
		resource
	];
	if (!module) return { noun: 'object', listable: false };
	const listable = Object.keys(module).some((name) => name.startsWith('getAll'));
	return {
		noun: module.option.name.toLowerCase(),
		...TOOL_NOUNS[resource as LogisticsResource],
		listable,
	};
}

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runAsNodeOrTool(this, runItem, toolSubject, problemFields);
}
