/**
 * What the credential stores and how it becomes a URL: base URL, API version path segment and the
 * operation path, `{baseUrl}/logistics/api/{version}/…` (spec/flexport-logistics-api.md, "Base URL
 * and versioning"). Shared by the credential (its test request) and the node's transport.
 */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const LOGISTICS_DEFAULT_BASE_URL = 'https://logistics-api.flexport.com';

/** Known releases (spec info.x-api-versions), newest first; `unstable` is the experimental track. */
export const LOGISTICS_API_VERSIONS = ['2024-07', '2024-04', '2023-10', '2023-07', '2023-04'];

export const LOGISTICS_DEFAULT_VERSION = '2024-07';

/** The credential's "API Version" value that shows the free "Custom API Version" field. */
export const CUSTOM_VERSION = 'custom';

/** A path segment: a release such as 2026-02, `unstable`, or another plain token. */
const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/**
 * The version segment and base URL the credential selects, or what is wrong with them (checked
 * before any request, so the message names the setting instead of a failed URL).
 */
export function readLogisticsSettings(
	credentials: ICredentialDataDecryptedObject,
): { version: string; baseUrl: string } | { problem: string } {
	const chosen = String(credentials.apiVersion ?? '').trim() || LOGISTICS_DEFAULT_VERSION;
	const version =
		chosen === CUSTOM_VERSION ? String(credentials.customApiVersion ?? '').trim() : chosen;
	if (!VERSION_PATTERN.test(version))
		return {
			problem: `The credential's API Version ${JSON.stringify(version)} is not usable: enter a release such as 2024-07, or unstable`,
		};
	const raw = String(credentials.baseUrl ?? '').trim() || LOGISTICS_DEFAULT_BASE_URL;
	if (!/^https?:\/\/[^/\s]+/i.test(raw) || !URL.canParse(raw))
		return { problem: `The credential's Base URL "${raw}" is not an http(s) URL` };
	return { version, baseUrl: raw.replace(/\/+$/, '') };
}

/** `/logistics/api/{version}` — the prefix every operation path is appended to. */
export function logisticsPathPrefix(version: string): string {
	return `/logistics/api/${encodeURIComponent(version)}`;
}
