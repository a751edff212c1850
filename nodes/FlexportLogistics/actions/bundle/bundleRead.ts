/** Get and Get Inventory of a bundle: the Bundle locator and one GET below /bundles/{bundleId}. */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { bundleLocator } from '../../descriptions/locators.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export function bundleRead(
	operation: 'get' | 'getInventory',
	subPath: '' | '/inventory',
): {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
} {
	return {
		description: updateDisplayOptions({ show: { resource: ['bundle'], operation: [operation] } }, [
			bundleLocator(),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const bundleId = readIdLocator(this, 'bundleId', itemIndex, 'Bundle', 'bundleId');
			return await getItems.call(this, itemIndex, {
				path: `/bundles/${bundleId}${subPath}`,
				scope: SCOPES.bundles.read,
			});
		},
	};
}
