/** Get Many Orders and Get Many Quotes: freight's `limit` / `cursor` / `direction` pages. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collectionValues } from '../../../shared/readers/parameters';
import { requireOneOf } from '../../../shared/readers/values';
import {
	optionsCollection,
	returnAllAndLimit,
	simplify,
} from '../../descriptions/common.description';
import { SCOPES } from '../../helpers/scopes';
import { listItems } from '../../steps/list';
import type { Simplifier } from '../../steps/record';

const DIRECTIONS = ['forward', 'backward'] as const;

export function freightList(
	operation: string,
	path: string,
	recordsKey: 'orders' | 'quotes',
	simplifier: Simplifier,
) {
	return {
		description: updateDisplayOptions({ show: { resource: ['freight'], operation: [operation] } }, [
			...returnAllAndLimit,
			optionsCollection(
				[
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						options: [
							{ name: 'Forward', value: 'forward' },
							{ name: 'Backward', value: 'backward' },
						],
						default: 'forward',
						description: `Which way to read the ${recordsKey} (Flexport's list direction)`,
					},
				],
				{ write: false },
			),
			simplify,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const { direction } = collectionValues(this, 'options', itemIndex);
			const qs =
				direction === undefined
					? {}
					: {
							direction: requireOneOf(
								this,
								direction,
								DIRECTIONS,
								'Options → Direction',
								itemIndex,
							),
						};
			return await listItems.call(
				this,
				itemIndex,
				path,
				{ style: 'cursor', maxPageSize: 100, recordsKey, qs, scope: SCOPES.freight.read },
				simplifier,
			);
		},
	};
}
