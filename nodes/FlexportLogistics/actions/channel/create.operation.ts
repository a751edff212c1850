import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { textParameter } from '../../../Flexport/helpers/parameters';
import { channelTypeField, storeNameField } from '../../descriptions/channel.description';
import { optionsCollection } from '../../descriptions/common.description';
import { readChannelType, readStoreName } from '../../helpers/channelInput';
import { maskSecrets } from '../../helpers/masking';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['create'] } },
	[
		channelTypeField,
		{ ...storeNameField, description: 'The authorised store Flexport connects to' },
		{
			displayName: 'Store Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The token with which Flexport may use the store's API",
		},
		{
			displayName: 'Location ID',
			name: 'locationId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 1203908129',
			description:
				'The store location whose orders Flexport fulfils and whose inventory it updates',
		},
		optionsCollection([], { write: true }),
	],
);

/**
 * POST /channels (create_channel), for approved partners: connects a store. The store's access
 * token is sent to Flexport only; were it echoed, the output shows it masked.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = {
		channelType: readChannelType(this, itemIndex),
		storeName: readStoreName(this, itemIndex),
		accessToken: textParameter(this, 'accessToken', 'Store Access Token', itemIndex, 2000),
		locationId: textParameter(this, 'locationId', 'Location ID', itemIndex, 100),
	};
	const items = await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: '/channels',
		body,
		scope: SCOPES.products.write,
	});
	for (const item of items) item.json = maskSecrets(item.json, ['accessToken']);
	return items;
}
