/**
 * POST /channels (create_channel), for approved partners: connects a store. The store's access
 * token is sent to Flexport only; were it echoed, the output shows it masked.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { textParameter } from '../../../shared/readers/parameters';
import { channelTypeField, storeNameField } from '../../descriptions/channel.description';
import { requiredText } from '../../descriptions/common.description';
import { readChannelType, readStoreName } from '../../helpers/channelInput';
import { maskSecrets } from '../../helpers/masking';
import { postOperation } from '../../helpers/postOperation';
import { SCOPES } from '../../helpers/scopes';

function readChannelBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return {
		channelType: readChannelType(context, itemIndex),
		storeName: readStoreName(context, itemIndex),
		accessToken: textParameter(context, 'accessToken', 'Store Access Token', itemIndex, 2000),
		locationId: textParameter(context, 'locationId', 'Location ID', itemIndex, 100),
	};
}

export const { description, execute } = postOperation({
	resource: 'channel',
	operation: 'create',
	properties: [
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
		requiredText(
			'Location ID',
			'locationId',
			'e.g. 1203908129',
			'The store location whose orders Flexport fulfils and whose inventory it updates',
		),
	],
	path: '/channels',
	scope: SCOPES.products.write,
	readBody: readChannelBody,
	present: (json) => maskSecrets(json, ['accessToken']),
});
