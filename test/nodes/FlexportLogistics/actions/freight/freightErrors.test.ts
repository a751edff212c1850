/** Freight bad input (refused before any request) and API conflicts, against the simulator. */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { createQuote, id, stop } from './freightParameters';

describe('Freight errors (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();

	const quote = async (operation: string, extra: IDataObject) =>
		await createQuote(env, operation, extra);

	it('bad input names the field and the item, and nothing is sent', async () => {
		const book = {
			resource: 'freight',
			operation: 'bookPallets',
			quoteId: id('81001'),
			cargoReadyDate: '2030-01-16T09:00:00Z',
			pickup: stop('1 A St', 'Los Angeles', '90021'),
			delivery: stop('2 B St', 'Reno', '89502'),
			pallets: { pallet: [{ palletCount: 1, length: 48, width: 40, height: 50, weight: 800 }] },
		};
		const badEmail = stop('2 B St', 'Reno', '89502');
		badEmail.details.email = 'ana-at-example';
		const cases: Array<[IDataObject, RegExp]> = [
			[{ ...book, delivery: badEmail }, /"Delivery → Contact Email" must be an email address/],
			[
				{
					...book,
					pallets: { pallet: [{ palletCount: 1, length: 0, width: 40, height: 50, weight: 800 }] },
				},
				/"Pallets, entry 1 → length" must be more than 0 \[item 0\]/,
			],
			[
				{ ...book, additionalFields: { pickupHoursStart: '8am' } },
				/"Additional Fields → Pickup Hours Start" must be a time such as 08:00/,
			],
			[{ ...book, cargoReadyDate: 'soon' }, /"Cargo Ready Date" must be a date/],
			[
				{
					resource: 'freight',
					operation: 'quoteTruck',
					pickupZip: '={{ "" }}',
					deliveryZip: '89502',
					palletCount: 1,
				},
				/"Pickup ZIP" is required \[item 0\]/,
			],
			[
				{ resource: 'freight', operation: 'getTracking', bolId: id('={{ "BOL-1" }}') },
				/"BOL" must be SL followed by 7 digits/,
			],
		];
		for (const [parameters, message] of cases) {
			const { error, requests } = await env.run({ parameters });
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
	});

	it('booking a quote twice: the second is the API conflict, with Continue On Fail on the item', async () => {
		const truckQuote = await quote('quoteTruck', { palletCount: 4 });
		const parameters = {
			resource: 'freight',
			operation: 'bookTruck',
			quoteId: id(String(truckQuote.id)),
			cargoReadyDate: '2030-01-15T09:00:00Z',
			pickup: stop('500 Warehouse Ave', 'Los Angeles', '90021'),
			delivery: stop('200 Dock Rd', 'Reno', '89502'),
			totalWeight: 4000,
			palletCount: 4,
		};
		const first = await env.run({ parameters });
		expect(first.error).toBeUndefined();
		const second = await env.run({
			parameters: { ...parameters, options: { idempotencyKey: 'another-booking' } },
			continueOnFail: true,
		});
		expect(second.items[0].json).toMatchObject({ httpCode: '409' });
		expect(second.items[0].pairedItem).toEqual({ item: 0 });
	});
});
