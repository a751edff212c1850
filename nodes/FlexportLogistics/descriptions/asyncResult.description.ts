/** Download fields of asynchronous results (report CSVs, bulk labels), optionally only while waiting. */
import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { downloadFields } from './inbound.description';

/** The shared Download fields; `onlyWhen` adds a display condition, such as Wait for Result on. */
export function resultDownloadFields(
	subject: string,
	onlyWhen?: IDisplayOptions['show'],
): INodeProperties[] {
	if (!onlyWhen) return downloadFields(subject);
	return downloadFields(subject).map((property) => ({
		...property,
		displayOptions: { show: { ...property.displayOptions?.show, ...onlyWhen } },
	}));
}
