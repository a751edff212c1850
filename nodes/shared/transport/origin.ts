import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext } from './context';

/** Where an API node's requests may go: its base URL and that URL's origin. */
export interface ApiOrigin {
	baseUrl: string;
	origin: string;
	/** Named in messages. */
	service: string;
}

/** The origin of a configured base URL, or a clear error naming the setting. */
export function apiOrigin(context: ApiContext, baseUrl: string, service: string): ApiOrigin {
	try {
		return { baseUrl, origin: new URL(baseUrl).origin, service };
	} catch {
		throw new NodeOperationError(
			context.getNode(),
			`The credential's API Base URL "${baseUrl}" is not a valid URL`,
		);
	}
}

/**
 * The URL of a path, or of a link the API returned (pagination, related objects). A link to another
 * origin is refused: the request would carry the credential there.
 */
export function resolveOnOrigin(
	context: ApiContext,
	api: ApiOrigin,
	path: string,
	link?: string,
): string {
	if (!link) return `${api.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
	let parsed: URL;
	try {
		parsed = new URL(link, api.baseUrl);
	} catch {
		throw new NodeOperationError(
			context.getNode(),
			`${api.service} returned an invalid link: ${link}`,
		);
	}
	if (parsed.origin !== api.origin) {
		throw new NodeOperationError(
			context.getNode(),
			`Refusing to follow a link to ${parsed.origin}: only the configured API host ${api.origin} receives the ${api.service} token`,
		);
	}
	return parsed.toString();
}
