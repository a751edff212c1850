/**
 * A file a Logistics response links to (a transfer document, a freight order document): the
 * API answers with JSON holding a URL, and the file is fetched from there. A link on the API's
 * own host is fetched with the credential, like any request; a link to another host (a
 * pre-signed storage URL) is fetched without it, so the access token never leaves the API host.
 * Redirects to another host are followed without credentials (nodes/shared/transport/exchange.ts).
 */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext } from '../../shared/transport/context';
import { requestPacing } from '../../shared/transport/pacing';
import { requestWithRetries, type BinaryResponse } from '../../shared/transport/request';
import { LOGISTICS_CREDENTIAL, LOGISTICS_SERVICE, logisticsConnection } from './connection';
import { logisticsDialect } from './problem';

export interface LogisticsFile {
	body: Buffer;
	/** Response headers, names in lower case. */
	headers: Record<string, string>;
	/** Whether the file came from another host than the API (fetched without credentials). */
	external: boolean;
}

const EXPIRED_LINK_HINT =
	'The file host refused the download link; such links expire. Run the operation again for a fresh link.';

function parseLink(context: ApiContext, link: string, baseUrl: string): URL {
	let target: URL | undefined;
	try {
		// An empty link would resolve to the API's own root: it names no file.
		target = link.trim() === '' ? undefined : new URL(link, baseUrl);
	} catch {
		target = undefined;
	}
	if (!target || !/^https?:$/.test(target.protocol))
		throw new NodeOperationError(
			context.getNode(),
			`${LOGISTICS_SERVICE} returned a download link that is not an http(s) URL`,
		);
	return target;
}

export async function logisticsDownload(
	this: ApiContext,
	link: string,
	options: { itemIndex?: number; scope?: string } = {},
): Promise<LogisticsFile> {
	const connection = await logisticsConnection(this);
	const target = parseLink(this, link, connection.baseUrl);
	const external = target.origin !== connection.origin;
	const pacing = requestPacing(this);
	const http: IHttpRequestOptions = {
		method: 'GET',
		url: target.toString(),
		headers: { Accept: '*/*' },
		timeout: pacing.timeoutMs,
	};
	const dialect = logisticsDialect(options.scope);
	if (external) dialect.clientErrorHint = () => EXPIRED_LINK_HINT;
	const response = (await requestWithRetries(this, dialect, {
		credentialType: LOGISTICS_CREDENTIAL,
		withoutCredentials: external,
		method: 'GET',
		// Messages name the host and path only: the query of a pre-signed link is its signature.
		path: external ? `${target.origin}${target.pathname}` : target.pathname,
		http,
		binary: true,
		itemIndex: options.itemIndex,
		origin: connection.origin,
		redirects: 'otherOriginsWithoutCredentials',
		maxBodyBytes: pacing.maxDownloadBytes,
		tooLargeHint:
			'Raise "Request Options → Max Download Size" if the file is expected to be this large.',
	})) as BinaryResponse;
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(response.headers ?? {}))
		headers[name.toLowerCase()] = String(value);
	return { body: response.body, headers, external };
}
