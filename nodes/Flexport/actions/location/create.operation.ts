import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	fieldsCollection,
	nameField,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { addressField, LOCATION_FIELD_OPTIONS } from '../../descriptions/network.description';
import { COMPANY_ID_TARGET, objectLocator } from '../../descriptions/objects.description';
import { locationFieldsToBody, parseAddress } from '../../helpers/network';
import { collectionValues, targetId, textParameter } from '../../helpers/parameters';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	nameField('e.g. Los Angeles Warehouse', 'Name of the location'),
	{ ...objectLocator(COMPANY_ID_TARGET), description: 'The company the location belongs to' },
	addressField('address', 'Address (JSON)', { required: true }),
	fieldsCollection(
		'Additional Fields',
		LOCATION_FIELD_OPTIONS.filter((option) => option.name !== 'address' && option.name !== 'name'),
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['location'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body: IDataObject = {
		name: textParameter(this, 'name', 'Name', itemIndex),
		company_id: targetId(this, COMPANY_ID_TARGET, itemIndex),
		address: parseAddress(
			this,
			this.getNodeParameter('address', itemIndex),
			'Address (JSON)',
			itemIndex,
		),
	};
	Object.assign(
		body,
		locationFieldsToBody(
			this,
			collectionValues(this, 'additionalFields', itemIndex),
			'Additional Fields',
			itemIndex,
		),
	);
	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.location.path, body);
}
