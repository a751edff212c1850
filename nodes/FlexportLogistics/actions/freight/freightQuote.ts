/** Quote Containers, Quote Pallets and Quote Truck: one POST /freight/quotes/<kind> each. */
import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, sortByDisplayName } from '../../../shared/descriptions';
import {
	liftGateField,
	locationTypeField,
	packageTypeField,
	quoteZipFields,
	type FreightMode,
} from '../../descriptions/freight.description';
import { readQuoteBody } from '../../helpers/freightInput';
import { simplifyFreightQuote } from '../../helpers/freightOutput';
import { postOperation } from '../../helpers/postOperation';
import { SCOPES } from '../../helpers/scopes';

export const PALLET_COUNT: INodeProperties = {
	displayName: 'Pallet Count',
	name: 'palletCount',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 1,
	required: true,
	description: 'How many pallets to move',
};

export const TOTAL_WEIGHT: INodeProperties = {
	displayName: 'Total Weight (Pounds)',
	name: 'totalWeight',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description: 'Weight of the whole load in pounds',
};

const PACKAGE_COUNT: INodeProperties = {
	displayName: 'Package Count',
	name: 'packageCount',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 1,
	description: 'How many pallets or cartons the container holds',
};

export function quoteOperation(operation: string, mode: FreightMode, kind: string) {
	const load = mode === 'DRAYAGE' ? [packageTypeField, PACKAGE_COUNT] : [TOTAL_WEIGHT];
	const properties: INodeProperties[] = [
		...quoteZipFields,
		...(mode === 'DRAYAGE' ? [] : [PALLET_COUNT]),
		fieldsCollection(
			'Additional Fields',
			sortByDisplayName([
				...load,
				locationTypeField('pickup'),
				liftGateField('pickup'),
				locationTypeField('delivery'),
				liftGateField('delivery'),
			]),
		),
	];
	return postOperation({
		resource: 'freight',
		operation,
		properties,
		path: `/freight/quotes/${kind}`,
		scope: SCOPES.freight.write,
		readBody: (context, itemIndex) => readQuoteBody(context, itemIndex, mode),
		simplifier: simplifyFreightQuote,
	});
}
