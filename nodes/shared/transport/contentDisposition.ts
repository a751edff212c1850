/** Downloads of both APIs: the file name the server sends. */

/** The file name in a Content-Disposition header (RFC 6266: `filename*` wins over `filename`). */
export function fileNameFromDisposition(header: string | undefined): string | undefined {
	if (!header) return undefined;
	const extended = /filename\*\s*=\s*(?:[\w-]+)?'[^']*'([^;]+)/i.exec(header);
	let name: string | undefined;
	if (extended) {
		try {
			name = decodeURIComponent(extended[1].trim());
		} catch {
			name = undefined;
		}
	}
	if (!name) {
		const plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(header);
		name = plain ? (plain[1] ?? plain[2]).replace(/\\(.)/g, '$1').trim() : undefined;
	}
	// Keep only the last path segment and drop control characters.
	const last = name?.split(/[\\/]/).pop() ?? '';
	const base = [...last]
		.filter((char) => char.charCodeAt(0) > 31 && char.charCodeAt(0) !== 127)
		.join('')
		.trim();
	return base && base !== '.' && base !== '..' ? base : undefined;
}
