/** Get Order, Get Quote and Get BOL Tracking: a locator, Simplify, and one GET. */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import type { IdFormat } from '../../descriptions/locators.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';
import type { Simplifier } from '../../steps/record';

export interface FreightRead {
	operation: string;
	locator: INodeProperties;
	format: IdFormat;
	path: (id: string) => string;
	simplifier: Simplifier;
}

export function freightRead(read: FreightRead) {
	return {
		description: updateDisplayOptions(
			{ show: { resource: ['freight'], operation: [read.operation] } },
			[read.locator, simplify],
		),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const { name, displayName } = read.locator;
			const id = readIdLocator(this, name, itemIndex, displayName, read.format);
			return await getItems.call(
				this,
				itemIndex,
				{ path: read.path(id), scope: SCOPES.freight.read },
				read.simplifier,
			);
		},
	};
}
