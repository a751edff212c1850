/** The `resource.operation` lookup an API node builds from its resource modules (API-neutral). */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

/** An `<operation>.operation.ts` module's runtime part. */
export interface RunnableOperation {
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
}

/** An `<operation>.operation.ts` module: its parameters and what it does for one input item. */
export interface OperationModule extends RunnableOperation {
	description: INodeProperties[];
}

function isRunnable(value: unknown): value is RunnableOperation {
	return (
		value !== null &&
		typeof value === 'object' &&
		'execute' in value &&
		typeof (value as RunnableOperation).execute === 'function'
	);
}

/** Every exported operation module of every resource, keyed `resource.operation`. */
export function operationTable<T extends RunnableOperation>(
	resources: Record<string, object>,
): Map<string, T> {
	return new Map(
		Object.entries(resources).flatMap(([resource, module]) =>
			Object.entries(module)
				.filter((entry): entry is [string, T] => isRunnable(entry[1]))
				.map(([operation, handler]) => [`${resource}.${operation}`, handler]),
		),
	);
}
