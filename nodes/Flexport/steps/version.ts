/**
 * Which Flexport-Version a request sends (spec/flexport-api-versions.md §4.1): Request Options →
 * API Version when set; otherwise what the operation needs (3 for operations only v3 documents, a
 * date for the dated ones); otherwise the credential's API Version.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { apiVersion } from '../../shared/freightSettings';
import { failParameter } from '../helpers/values';
import { API_V3, servesVersion, versionOverride } from '../helpers/version';
import { credentialTypeOf } from '../transport';

/**
 * The Flexport-Version a request names: the override, else `needed`; undefined leaves it to the
 * credential. An override that cannot serve `needed` is refused before anything is sent.
 */
export function requestVersion(
	context: IExecuteFunctions,
	itemIndex: number,
	needed?: string,
): string | undefined {
	const override = versionOverride(context, itemIndex);
	if (override === undefined) return needed;
	if (needed && !servesVersion(override, needed))
		failParameter(
			context,
			itemIndex,
			`"Request Options → API Version" is ${override}, but this operation needs Flexport API version ${needed}${needed === API_V3 ? ' (or a date)' : ' or a later date'}`,
			'Clear Request Options → API Version to let the node choose.',
		);
	return override;
}

/** The version a request will really be answered in: requestVersion(), else the credential's. */
export async function effectiveVersion(
	context: IExecuteFunctions,
	itemIndex: number,
	needed?: string,
): Promise<string> {
	return (
		requestVersion(context, itemIndex, needed) ??
		apiVersion(await context.getCredentials(credentialTypeOf(context)))
	);
}
