/**
 * Bad input, table-driven over every operation's parameters: each hostile value is either sent
 * correctly encoded (never able to change the path or reach another endpoint) or rejected before any
 * request with a NodeOperationError that names the field and the item. Runs in n8n-core's engine
 * against the simulator.
 */
import { Flexport } from '../../../nodes/Flexport/Flexport.node';
import {
	fuzzCases,
	judgeOutcome,
	newTally,
	operationsOf,
	runCase,
	tallyLine,
	type FuzzCase,
} from '../../harness/badInput';
import { useSimulator } from '../../harness/simulatorFixture';

const description = new Flexport().description;
const operations = operationsOf(description);
const cases = fuzzCases(description);

/** Plausible values for required parameters that are not the one under test (from the simulator's seed). */
function baseline(fixtures: Record<string, unknown>): Record<string, unknown> {
	return {
		shipmentId: fixtures.oceanShipmentId,
		bookingId: fixtures.bookingId,
		purchaseOrderId: fixtures.purchaseOrderId,
		purchaseOrderLineItemId: fixtures.purchaseOrderLineItemId,
		productId: fixtures.productId,
		documentId: fixtures.documentId,
		eventId: fixtures.eventId,
		invoiceId: fixtures.invoiceId,
		commercialInvoiceId: fixtures.commercialInvoiceId,
		customsEntryId: fixtures.customsEntryId,
		companyId: fixtures.ownCompanyId,
		metadata: '{"team": ["blue"]}',
		name: 'Fuzz case',
		shipperEntityRef: fixtures.shipperEntityRef,
		consigneeEntityRef: fixtures.ownEntityRef,
		originAddressRef: fixtures.originAddressRef,
		destinationAddressRef: fixtures.destinationAddressRef,
		cargoReadyDate: '2030-01-15',
		cargo: '{}',
		productDescriptions: '[]',
		units: 1,
		transportationMode: 'ocean',
		email: 'ops@example.com',
		phoneNumber: '+1 555 0100',
		sku: fixtures.productSku,
		path: '/shipments',
		// Syntactically valid stand-ins where the seed has no handy value: Flexport may answer 404.
		shipmentLegId: '1',
		oceanContainerId: '1',
		oceanContainerLegId: '1',
		bookingLineItemId: '1',
		companyEntityId: '1',
		contactId: 'contact-1',
		locationId: 'location-1',
		shipmentRef: 'shipment-ref',
		companyRef: fixtures.ownEntityRef,
		invoiceNumber: 'INV-FUZZ-1',
		currencyCode: 'USD',
		prorationAmount: 10,
		lineItems: '[]',
		mailingAddress: '{"street_address": "1 Main St", "city": "Oakland", "country_code": "US"}',
		address: '{"street_address": "1 Main St", "city": "Oakland", "country_code": "US"}',
		binaryPropertyName: 'data',
		documentType: 'commercial_invoice',
		productCategory: 'Electronics',
		countryOfOrigin: 'US',
		containerNumbers: 'MSCU1234567',
	};
}

let fixtureValues: Record<string, unknown> = {};

const KNOWN_PREFIXES = [
	'/shipment',
	'/ocean/',
	'/booking',
	'/purchase_order',
	'/product',
	'/invoices',
	'/commercial_invoices',
	'/customs_entries',
	'/documents',
	'/network/',
	'/ports',
	'/carbon_calculation',
	'/events',
	'/tracking',
];

describe('bad input over every operation', () => {
	const env = useSimulator();
	const tally = newTally();
	beforeAll(() => {
		fixtureValues = (env.sim.fixtures as Record<string, unknown>) ?? {};
	});

	afterAll(() => {
		// eslint-disable-next-line no-console
		console.log(tallyLine('Bad input:', tally, operations.length));
	});

	it('has at least 200 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(200);
	});

	it.each(
		cases.map((entry) => [
			`${entry.resource}.${entry.operation} ${entry.label} = ${JSON.stringify(entry.value)?.slice(0, 40)}`,
			entry,
		]),
	)('%s', async (_name, entry) => {
		const { path, value } = entry as FuzzCase;
		const outcome = await runCase(description, baseline(fixtureValues), entry as FuzzCase, env.run);
		judgeOutcome(outcome, entry as FuzzCase, tally, {
			requestsAfterRefusal: () => env.apiRequests(),
			// Nothing ever leaves the API: no token endpoint, no simulator controls, no path traversal.
			checkRequest: (request) => {
				expect(request.path.startsWith('/oauth') || request.path.startsWith('/__sim')).toBe(false);
				expect(request.path.split('/')).not.toContain('..');
				expect([
					request.path,
					KNOWN_PREFIXES.some((prefix) => request.path.startsWith(prefix)),
				]).toEqual([request.path, true]);
			},
		});
		// A filter value reaches Flexport exactly as given (URL-encoded on the wire, decoded by the server).
		if (outcome instanceof Error || outcome.requests.length === 0 || outcome.error) return;
		if (path[0] === 'filters' && typeof value === 'string' && value.trim() !== '') {
			const sent = outcome.requests.flatMap((request) => Object.values(request.query));
			expect(sent.some((entryValue) => entryValue === value || entryValue === value.trim())).toBe(
				true,
			);
		}
	});
});
