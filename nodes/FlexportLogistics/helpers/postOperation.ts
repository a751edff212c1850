/**
 * An operation that POSTs one body read from the item's parameters and outputs the record
 * Flexport answers with (steps/write.ts): the creates, upload targets, the parcel quote and the
 * freight quotes and bookings.
 * Its parameters end with Simplify (when there is a simplifier) and the write Options.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, simplify } from '../descriptions/common.description';
import type { LogisticsResource, OperationModule } from '../node.type';
import type { Simplifier } from '../steps/record';
import { writeItems } from '../steps/write';

export interface PostOperation {
	resource: LogisticsResource;
	operation: string;
	/** The operation's own parameters, before Simplify and Options. */
	properties: INodeProperties[];
	path: string;
	scope: string;
	readBody: (context: IExecuteFunctions, itemIndex: number) => IDataObject;
	simplifier?: Simplifier;
	/** Reshapes each output item's JSON, such as masking a secret Flexport echoes. */
	present?: (json: IDataObject) => IDataObject;
}

export function postOperation(spec: PostOperation): OperationModule {
	const { resource, operation, path, scope, readBody, simplifier, present } = spec;
	return {
		description: updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [
			...spec.properties,
			...(simplifier ? [simplify] : []),
			optionsCollection([], { write: true }),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const body = readBody(this, itemIndex);
			const items = await writeItems.call(
				this,
				itemIndex,
				{ method: 'POST', path, body, scope },
				simplifier,
			);
			if (present) for (const item of items) item.json = present(item.json);
			return items;
		},
	};
}
