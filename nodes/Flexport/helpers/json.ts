/** Lists of freight IDs; the generic JSON and list readers come from nodes/shared/readers. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { parseTextList } from '../../shared/readers/json';
import { requireTokenId } from './values';

export * from '../../shared/readers/json';

/** A comma-separated list of Flexport string IDs. */
export function parseTokenList(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string[] {
	return parseTextList(value).map((entry) => requireTokenId(context, entry, field, itemIndex));
}
