import { fileNameFromDisposition } from '../../../../nodes/shared/transport/contentDisposition';

describe('fileNameFromDisposition', () => {
	it('reads filename*, then filename, and keeps only the last path segment', () => {
		expect(fileNameFromDisposition("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")).toBe(
			'résumé.pdf',
		);
		expect(fileNameFromDisposition('attachment; filename="a \\"b\\".pdf"')).toBe('a "b".pdf');
		expect(fileNameFromDisposition('attachment; filename=../../etc/passwd')).toBe('passwd');
		expect(
			fileNameFromDisposition('attachment; filename="plain.pdf"; filename*=UTF-8\'\'wins.pdf'),
		).toBe('wins.pdf');
	});

	it('gives undefined for no header, no name, dot names and bad escapes without a plain name', () => {
		expect(fileNameFromDisposition(undefined)).toBeUndefined();
		expect(fileNameFromDisposition('inline')).toBeUndefined();
		expect(fileNameFromDisposition('attachment; filename=".."')).toBeUndefined();
		expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A")).toBeUndefined();
	});
});
