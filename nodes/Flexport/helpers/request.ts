/** The Custom API Call's path check. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { failParameter } from './values';

/**
 * A path for the Custom API Call: relative to the credential's API base URL, so the token never
 * goes to another host and the request cannot climb out of the API with `..`.
 */
export function requireApiPath(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const path = typeof value === 'string' ? value.trim() : '';
	const fail = (reason: string): never =>
		failParameter(
			context,
			itemIndex,
			`"${field}" ${reason}, but got ${JSON.stringify(value ?? '').slice(0, 80)}`,
		);
	if (!path.startsWith('/')) fail('must start with / (a path under the API base URL)');
	if (path.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(path.slice(1)) || path.includes('://'))
		fail('must not contain a scheme or host');
	if (path.length > 2000) fail('is longer than 2000 characters');
	if (
		[...path].some((char) => char.charCodeAt(0) <= 32 || char.charCodeAt(0) === 127) ||
		path.includes('\\')
	)
		fail('must not contain spaces, control characters or backslashes');
	if (path.includes('?') || path.includes('#'))
		fail('must not contain ? or # (use Query Parameters)');
	for (const segment of path.split('/')) {
		let decoded: string;
		try {
			decoded = decodeURIComponent(segment);
		} catch {
			return fail('contains an invalid % escape');
		}
		if (decoded === '..' || decoded === '.' || decoded.includes('/') || decoded.includes('\\'))
			fail('must not contain . or .. segments or encoded slashes');
	}
	return path;
}
