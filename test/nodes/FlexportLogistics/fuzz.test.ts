/**
 * Bad input over every operation of the Flexport Logistics node, with the machinery of the freight
 * node's fuzz (test/harness/badInput.ts), here also inside addresses, rows and switches: each
 * hostile value is either sent correctly encoded (never changing the path, never reaching another
 * endpoint) or rejected before any request with a NodeOperationError that names the field and
 * the item. Runs in n8n-core's engine against the Logistics simulator.
 */
import { FlexportLogistics } from '../../../nodes/FlexportLogistics/FlexportLogistics.node';
import {
	fuzzCases,
	judgeOutcome,
	newTally,
	operationsOf,
	runCase,
	tallyLine,
	type FuzzCase,
} from '../../harness/badInput';
import { useLogisticsSimulator, type LogisticsRequest } from '../../harness/logisticsFixture';

const description = new FlexportLogistics().description;
const operations = operationsOf(description);
const cases = fuzzCases(description, { deep: true });

const row = (group: string, values: Record<string, unknown>) => ({ [group]: [values] });
const stop = {
	details: {
		street1: '1 Dock St',
		city: 'Los Angeles',
		state: 'CA',
		zip: '90021',
		country: 'US',
		firstName: 'Ana',
		lastName: 'Ruiz',
		phone: '+1 213 555 0199',
		email: 'ana@example.com',
	},
};
const deliverrAddress = {
	name: 'Jane Doe',
	street1: '123 Main St',
	city: 'Atlanta',
	state: 'GA',
	zip: '30318',
	country: 'US',
};

/** Plausible values for required parameters that are not the one under test (from the seed). */
function baseline(f: Record<string, unknown>): Record<string, unknown> {
	const sku = f.logisticsSku;
	return {
		orderId: f.orderId,
		externalOrderId: 'FUZZ-ORDER-1',
		shippingAddress: { address: { address1: '1 Main St', city: 'Atlanta', countryCode: 'US' } },
		lineItems: row('item', { logisticsSku: sku, quantity: 1 }),
		name: 'Fuzz product',
		merchantSku: 'FUZZ-SKU-1',
		logisticsSku: sku,
		logisticsSkus: sku,
		externalBundleId: 'FUZZ-BUNDLE-1',
		title: 'Fuzz bundle',
		sku: 'FUZZ-BUNDLE-1',
		bundleContents: row('product', { productId: sku, quantity: 1 }),
		bundleId: f.bundleId,
		shipmentId: f.inboundShipmentId,
		shipmentIds: String(f.inboundShipmentId),
		quoteIds: '410010',
		fromAddress: {
			address: {
				address1: '200 Dock Rd',
				city: 'Reno',
				provinceCode: 'NV',
				zip: '89502',
				countryCode: 'US',
			},
		},
		shipmentItems: row('item', { logisticsSku: sku, quantity: 10 }),
		quoteId: f.freightQuoteId,
		delivery: stop,
		pickup: stop,
		portId: f.portId,
		containerId: 'MSCU1234567',
		masterBolId: 'MBL123456789',
		deliveryOrderDocumentKey: 'doc/do.pdf',
		packingListDocumentKey: 'doc/pl.pdf',
		cargoReadyDate: '2030-01-15T09:00:00Z',
		pallets: row('pallet', { palletCount: 1, length: 48, width: 40, height: 50, weight: 800 }),
		totalWeight: 1000,
		palletCount: 1,
		bolId: f.bolId,
		pickupZip: '90021',
		deliveryZip: '89502',
		parcelId: f.parcelId,
		shipToAddress: { address: deliverrAddress },
		dimensions: {
			value: { length: 10, width: 8, height: 4, lengthUnit: 'in', weight: 2, weightUnit: 'lb' },
		},
		parcels: JSON.stringify([
			{
				serviceLevel: 'STANDARD',
				shipToAddress: deliverrAddress,
				dimensions: {
					length: 10,
					width: 8,
					height: 4,
					lengthUnit: 'in',
					weight: 2,
					weightUnit: 'lb',
				},
			},
		]),
		jobId: '1',
		returnId: f.returnId,
		rma: 'RMA-FUZZ',
		externalReturnId: 'RET-FUZZ',
		returnItems: row('item', { identifier: sku, type: 'LOGISTICS_SKU', quantity: 1 }),
		reportReference: f.reportReference,
		storeName: 'fuzz-store.myshopify.com',
		accessToken: 'shop-access',
		locationId: '7781',
		filename: 'proof.pdf',
		fileSize: 1024,
		mimeType: 'application/pdf',
		url: 'https://hooks.example.com/fuzz',
		username: 'fuzz',
		password: 'fuzz-password',
		token: 'fuzz-token',
		webhookId: f.webhookId,
	};
}

/** Every request the node sends stays on the versioned API and reaches an operation of the spec. */
function checkRequest(request: LogisticsRequest): void {
	expect(request.path.startsWith('/logistics/api/2024-07/')).toBe(true);
	expect(request.path.split('/')).not.toContain('..');
	expect([request.path, request.operationId]).toEqual([request.path, expect.any(String)]);
	expect(['authorization_redirect', 'token_exchange']).not.toContain(request.operationId);
}

describe('bad input over every Logistics operation', () => {
	const env = useLogisticsSimulator();
	const tally = newTally();
	let fixtureValues: Record<string, unknown> = {};
	beforeAll(() => {
		fixtureValues = env.logistics.fixtures;
	});
	beforeEach(() => {
		// Asynchronous results are ready at once, so waiting items do not sleep.
		env.logistics.setSettings({ async: { pendingPolls: 0, readyAfterMs: 0 } });
	});

	afterAll(() => {
		// eslint-disable-next-line no-console
		console.log(tallyLine('Bad input (Logistics):', tally, operations.length));
	});

	it('covers every operation with at least 1000 cases', () => {
		expect(new Set(cases.map((entry) => `${entry.resource}.${entry.operation}`)).size).toBe(
			operations.length,
		);
		expect(cases.length).toBeGreaterThanOrEqual(1000);
	});

	it.each(
		cases.map((entry) => [
			`${entry.resource}.${entry.operation} ${entry.label} = ${JSON.stringify(entry.value)?.slice(0, 40)}`,
			entry,
		]),
	)('%s', async (_name, entry) => {
		const since = env.logistics.requests.length;
		const outcome = await runCase(description, baseline(fixtureValues), entry as FuzzCase, env.run);
		judgeOutcome(outcome, entry as FuzzCase, tally, {
			checkRequest,
			requestsAfterRefusal: () => env.logistics.requests.slice(since),
		});
	});
});
