/** Parameter values and steps the freight engine tests share. */
import type { IDataObject } from 'n8n-workflow';

import type { LogisticsEnv } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

export const id = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

export const stop = (street1: string, city: string, zip: string) => ({
	details: {
		street1,
		city,
		state: 'CA',
		zip,
		country: 'US',
		firstName: 'Ana',
		lastName: 'Ruiz',
		phone: '+1 213 555 0199',
		email: 'ana@example.com',
	},
});

/** A freight quote created through the node (operation quoteTruck, quotePallets, quoteContainers). */
export async function createQuote(
	env: LogisticsEnv,
	operation: string,
	extra: IDataObject,
): Promise<IDataObject> {
	const { items, requests, error } = await env.run({
		parameters: {
			resource: 'freight',
			operation,
			pickupZip: '90021',
			deliveryZip: '89502',
			...extra,
		},
	});
	expect(error).toBeUndefined();
	expectAccepted(requests);
	return items[0].json;
}
