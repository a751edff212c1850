/**
 * Book Containers, Book Pallets and Book Truck: POST /freight/orders/<kind>, which books a quote
 * of the same mode (get one with Quote Containers / Pallets / Truck first).
 */
import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, sortByDisplayName } from '../../../shared/descriptions';
import { requiredText } from '../../descriptions/common.description';
import {
	freightQuoteLocator,
	orderReferenceOptions,
	packageTypeField,
	PALLETS_EXAMPLE,
	palletRows,
	stopField,
	stopOptions,
	type FreightMode,
} from '../../descriptions/freight.description';
import { readOrderBody } from '../../helpers/freightOrderInput';
import { simplifyFreightOrder } from '../../helpers/freightOutput';
import { postOperation } from '../../helpers/postOperation';
import { SCOPES } from '../../helpers/scopes';
import { PALLET_COUNT, TOTAL_WEIGHT } from './freightQuote';

const DRAYAGE_FIELDS: INodeProperties[] = [
	requiredText('Port ID', 'portId', 'e.g. LAX', 'The pickup port, from Freight → Get Ports'),
	requiredText('Container ID', 'containerId', 'e.g. MSCU1234567', 'The number of the container'),
	requiredText('Master BOL ID', 'masterBolId', 'e.g. MBL123456789', 'The master bill of lading'),
	requiredText(
		'Delivery Order Document Key',
		'deliveryOrderDocumentKey',
		'e.g. uploads/delivery-order.pdf',
		'The key the Uploads API returned for the uploaded delivery order',
	),
	requiredText(
		'Packing List Document Key',
		'packingListDocumentKey',
		'e.g. uploads/packing-list.pdf',
		'The key the Uploads API returned for the uploaded packing list',
	),
];

const CARGO_READY_DATE: INodeProperties = {
	displayName: 'Cargo Ready Date',
	name: 'cargoReadyDate',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'When the goods are ready to be picked up',
};

function properties(mode: FreightMode): INodeProperties[] {
	const drayage = mode === 'DRAYAGE';
	const load = drayage
		? DRAYAGE_FIELDS
		: mode === 'LTL'
			? palletRows
			: [{ ...TOTAL_WEIGHT, required: true }, PALLET_COUNT];
	const extra = drayage
		? [
				packageTypeField,
				{
					displayName: 'Packages (JSON)',
					name: 'packages',
					type: 'json',
					default: PALLETS_EXAMPLE,
					description:
						'The pallets or cartons in the container: palletCount, length, width, height (in), weight (lb), optionally stackable, freightClass, nmfcCode',
				} satisfies INodeProperties,
			]
		: stopOptions('pickup');
	return [
		freightQuoteLocator(`The ${mode} quote to book (its status must be CREATED)`),
		...(drayage ? [] : [CARGO_READY_DATE, stopField('pickup')]),
		stopField('delivery'),
		...load,
		fieldsCollection(
			'Additional Fields',
			sortByDisplayName([...orderReferenceOptions, ...extra, ...stopOptions('delivery')]),
		),
	];
}

export function bookOperation(operation: string, mode: FreightMode, kind: string) {
	return postOperation({
		resource: 'freight',
		operation,
		properties: properties(mode),
		path: `/freight/orders/${kind}`,
		scope: SCOPES.freight.write,
		readBody: (context, itemIndex) => readOrderBody(context, itemIndex, mode),
		simplifier: simplifyFreightOrder,
	});
}
