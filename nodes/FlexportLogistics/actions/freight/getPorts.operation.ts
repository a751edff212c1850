import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../descriptions/common.description';
import { limitRecords } from '../../helpers/inboundFields';
import { SCOPES } from '../../helpers/scopes';
import { getRecord } from '../../steps/get';
import { recordItems } from '../../steps/record';
import { readRecords } from '../../transport/nextPage';

export const description = updateDisplayOptions(
	{ show: { resource: ['freight'], operation: ['getPorts'] } },
	returnAllAndLimit,
);

/** GET /freight/ports (get_freight_ports): the whole list at once, `{ports: […]}`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await getRecord.call(this, itemIndex, {
		path: '/freight/ports',
		scope: SCOPES.freight.read,
	});
	return recordItems(this, limitRecords(this, readRecords(body, 'ports'), itemIndex), itemIndex);
}
