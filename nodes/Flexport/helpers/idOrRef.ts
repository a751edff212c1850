/** Reads an object given by ID or by ref (descriptions/objects.description.ts, idOrRefFields). */
import type { IExecuteFunctions } from 'n8n-workflow';

import type { IdOrRefChoice } from '../descriptions/objects.description';
import { targetId, textParameter } from './parameters';
import { requireOneOf } from './values';

/** The checked ID or the trimmed ref, whichever the "… By" parameter chose. */
export function readIdOrRef(
	context: IExecuteFunctions,
	choice: IdOrRefChoice,
	itemIndex: number,
): { id: string } | { ref: string } {
	const by = requireOneOf(
		context,
		context.getNodeParameter(choice.by.name, itemIndex, 'id'),
		['id', 'ref'],
		choice.by.displayName,
		itemIndex,
	);
	if (by === 'id') return { id: targetId(context, choice.target, itemIndex) };
	return { ref: textParameter(context, choice.ref.name, choice.ref.displayName, itemIndex) };
}
