/**
 * A minimal IExecuteFunctions for unit tests of the parameter readers: getNodeParameter answers
 * from a plain object (per item when given a list), and the item helpers are n8n-core's own.
 */
import { constructExecutionMetaData, returnJsonArray } from 'n8n-core';
import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';

const NODE: INode = {
	id: 'flexport-node',
	name: 'Flexport',
	type: 'n8n-nodes-flexport.flexport',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** `parameters` for every item, or one object per item. */
export function parameterContext(parameters: IDataObject | IDataObject[] = {}): IExecuteFunctions {
	const forItem = (itemIndex: number): IDataObject =>
		Array.isArray(parameters) ? (parameters[itemIndex] ?? {}) : parameters;
	const context = {
		getNode: () => NODE,
		getNodeParameter: (
			name: string,
			itemIndex: number,
			fallback?: unknown,
			options?: { extractValue?: boolean },
		) => {
			const value = forItem(itemIndex)[name];
			if (value === undefined) return fallback;
			if (options?.extractValue && value !== null && typeof value === 'object' && '__rl' in value)
				return (value as IDataObject).value;
			return value;
		},
		helpers: { constructExecutionMetaData, returnJsonArray },
	};
	return context as unknown as IExecuteFunctions;
}

/** The error a reader throws, for assertions on its message and item. */
export function thrown(run: () => unknown): Error & { context?: IDataObject } {
	try {
		run();
	} catch (error) {
		return error as Error & { context?: IDataObject };
	}
	throw new Error('expected the reader to throw');
}
