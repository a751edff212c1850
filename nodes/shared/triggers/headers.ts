/** Request headers of a webhook delivery, as Node's http module hands them to n8n. */
export type HeaderBag = Record<string, string | string[] | number | undefined>;

/** Case-insensitive header lookup; a repeated header is only usable if it was sent once. */
export function headerValue(headers: HeaderBag, name: string): string | undefined {
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() !== wanted || value === undefined) continue;
		if (Array.isArray(value)) return value.length === 1 ? value[0] : value.join(',');
		return String(value);
	}
	return undefined;
}

/** Whether Content-Length already announces more than the limit (checked before reading the body). */
export function declaredLengthTooLarge(headers: HeaderBag, limit: number): boolean {
	const declared = Number(headerValue(headers, 'content-length'));
	return Number.isFinite(declared) && declared > limit;
}
