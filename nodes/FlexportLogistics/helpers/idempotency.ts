/**
 * The idempotency-key of a write. By default it is derived from where the write happens — the
 * execution, the node, the node's run (loops run a node more than once) and the item — so n8n's
 * Retry On Fail, the transport's own retries and a re-run of the same execution all send the same
 * key, and Flexport answers the repeat with the stored result instead of writing twice.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { randomString } from 'n8n-workflow';

import { failParameter } from '../../shared/readers/values';

export interface KeyOrigin {
	executionId?: string;
	nodeId: string;
	runIndex: number;
	itemIndex: number;
}

export const MAX_KEY_LENGTH = 255;

/** `n8n-<execution>-<node>-<run>-<item>`, for example `n8n-1234-5f0c…-0-7`. */
export function derivedIdempotencyKey(origin: KeyOrigin): string {
	const execution = origin.executionId?.trim() || `unsaved.${randomString(12)}`;
	return `n8n-${execution}-${origin.nodeId}-${origin.runIndex}-${origin.itemIndex}`;
}

/** A key the user set: printable ASCII (it travels in an HTTP header), at most 255 characters. */
export function idempotencyKeyProblem(key: string): string | undefined {
	if (key.length > MAX_KEY_LENGTH) return `is longer than ${MAX_KEY_LENGTH} characters`;
	if (!/^[\x20-\x7e]+$/.test(key)) return 'may hold only printable ASCII characters';
	return undefined;
}

function runIndexOf(context: IExecuteFunctions, itemIndex: number): number {
	try {
		const runIndex = Number(context.getWorkflowDataProxy(itemIndex).$runIndex);
		return Number.isInteger(runIndex) && runIndex >= 0 ? runIndex : 0;
	} catch {
		return 0;
	}
}

/** The key for this item: Options → Idempotency Key if set, otherwise the derived one. */
export function idempotencyKeyFor(context: IExecuteFunctions, itemIndex: number): string {
	const options = context.getNodeParameter('options', itemIndex, {}) as {
		idempotencyKey?: unknown;
	};
	const given = options.idempotencyKey;
	if (given !== undefined && given !== null && String(given).trim() !== '') {
		if (typeof given !== 'string' && typeof given !== 'number')
			failParameter(context, itemIndex, '"Options → Idempotency Key" must be text');
		const key = String(given).trim();
		const problem = idempotencyKeyProblem(key);
		if (problem) failParameter(context, itemIndex, `"Options → Idempotency Key" ${problem}`);
		return key;
	}
	return derivedIdempotencyKey({
		executionId: context.getExecutionId(),
		nodeId: context.getNode().id,
		runIndex: runIndexOf(context, itemIndex),
		itemIndex,
	});
}
