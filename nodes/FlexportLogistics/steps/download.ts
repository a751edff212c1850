/** The shared "Download" step: the file a response links to, as an item with binary data. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { fileNameFromDisposition } from '../../shared/transport/contentDisposition';
import { logisticsDownload } from '../transport';

export interface DownloadRequest {
	link: string;
	/** The output binary field. */
	property: string;
	/** The file name when neither the headers nor the link name one. */
	fallbackName: string;
	scope: string;
}

function nameInLink(link: string): string | undefined {
	try {
		const last = new URL(link, 'http://link.invalid').pathname.split('/').pop() ?? '';
		return fileNameFromDisposition(`attachment; filename="${decodeURIComponent(last)}"`);
	} catch {
		return undefined;
	}
}

/** `json` plus the file's name, type and size, with the file in `binary[property]`. */
export async function downloadItem(
	this: IExecuteFunctions,
	itemIndex: number,
	json: IDataObject,
	request: DownloadRequest,
): Promise<INodeExecutionData> {
	const file = await logisticsDownload.call(this, request.link, {
		itemIndex,
		scope: request.scope,
	});
	const mimeType =
		(file.headers['content-type'] ?? '').split(';')[0].trim() || 'application/octet-stream';
	const fileName =
		fileNameFromDisposition(file.headers['content-disposition']) ??
		nameInLink(request.link) ??
		request.fallbackName;
	const binary = await this.helpers.prepareBinaryData(file.body, fileName, mimeType);
	return {
		json: {
			...json,
			fileName: binary.fileName ?? fileName,
			mimeType,
			fileSize: file.body.length,
		},
		binary: { [request.property]: binary },
		pairedItem: { item: itemIndex },
	};
}
