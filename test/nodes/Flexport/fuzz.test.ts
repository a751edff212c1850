/**
 * Bad input, table-driven over every operation's parameters: each hostile value is either sent
 * correctly encoded (never able to change the path or reach another endpoint) or rejected before any
 * request with a NodeOperationError that names the field and the item. Runs in n8n-core's engine
 * against the simulator.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { Flexport } from '../../../nodes/Flexport/Flexport.node';
import { useSimulator } from '../../harness/simulatorFixture';

const HOSTILE_VALUES: unknown[] = [
	'',
	'   ',
	'x'.repeat(20_000),
	'🚢 Ünïcødé 船',
	"1' OR '1'='1",
	'../../oauth/token',
	'..%2F..%2Foauth%2Ftoken',
	'12?per=100000&f.status=x',
	'12#fragment',
	'12/../../__sim/stats',
	'<script>alert(1)</script>',
	'{"unterminated": ',
	'[1, 2',
	'null',
	-1,
	0,
	Number.POSITIVE_INFINITY,
	'9999-99-99',
	'1800-01-01T00:00:00Z',
	'2200-01-01',
	'line\nbreak\u0000nul',
	true,
];

interface Case {
	resource: string;
	operation: string;
	path: string[]; // parameter path, e.g. ['filters', 'status']
	label: string;
	value: unknown;
}

const description = new Flexport().description;

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	if (!show) return false;
	return (
		(show.resource as string[] | undefined)?.includes(resource) === true &&
		(show.operation as string[] | undefined)?.includes(operation) === true
	);
}

const operations: Array<{ resource: string; operation: string }> = [];
for (const property of description.properties) {
	if (property.name !== 'operation') continue;
	const resource = (property.displayOptions?.show?.resource as string[])[0];
	for (const option of property.options ?? [])
		operations.push({ resource, operation: String((option as { value: string }).value) });
}

/** Every fuzzable parameter of an operation, including the fields inside its collections. */
function parametersOf(
	resource: string,
	operation: string,
): Array<{ path: string[]; label: string; type: string }> {
	const result: Array<{ path: string[]; label: string; type: string }> = [];
	for (const property of description.properties) {
		if (!shownFor(property, resource, operation)) continue;
		if (property.type === 'collection') {
			for (const option of (property.options ?? []) as INodeProperties[]) {
				if (['string', 'number', 'json', 'dateTime', 'options'].includes(option.type)) {
					result.push({
						path: [property.name, option.name],
						label: `${property.displayName} → ${option.displayName}`,
						type: option.type,
					});
				}
			}
		} else if (
			['string', 'number', 'json', 'dateTime', 'options', 'resourceLocator'].includes(property.type)
		) {
			result.push({ path: [property.name], label: property.displayName, type: property.type });
		}
	}
	return result;
}

const cases: Case[] = [];
let counter = 0;
for (const { resource, operation } of operations) {
	for (const parameter of parametersOf(resource, operation)) {
		// A rotating subset of the hostile values per parameter keeps the run short but covers every value often.
		for (let k = 0; k < 3; k++) {
			const value = HOSTILE_VALUES[(counter++ * 7 + k) % HOSTILE_VALUES.length];
			cases.push({ resource, operation, path: parameter.path, label: parameter.label, value });
		}
	}
}

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
	};
}

let fixtureValues: Record<string, unknown> = {};

/** Required parameters of the operation other than `skip`, set through expressions from the item. */
function requiredBaseline(
	resource: string,
	operation: string,
	skip: string,
): { parameters: IDataObject; item: IDataObject } {
	const parameters: IDataObject = {};
	const item: IDataObject = {};
	const values = baseline(fixtureValues);
	for (const property of description.properties) {
		if (!property.required || property.name === skip || !shownFor(property, resource, operation))
			continue;
		if (!(property.name in values)) continue;
		item[`base_${property.name}`] = values[property.name] as never;
		const expression = `={{ $json.base_${property.name} }}`;
		parameters[property.name] =
			property.type === 'resourceLocator'
				? { __rl: true, mode: 'id', value: expression }
				: expression;
	}
	return { parameters, item };
}

function withValue(base: IDataObject, path: string[], value: unknown, type: string): IDataObject {
	const parameters: IDataObject = { ...base };
	const asParameter =
		type === 'resourceLocator'
			? { __rl: true, mode: 'id', value: '={{ $json.v }}' }
			: '={{ $json.v }}';
	if (path.length === 1) parameters[path[0]] = asParameter;
	else
		parameters[path[0]] = {
			...((parameters[path[0]] as IDataObject) ?? {}),
			[path[1]]: asParameter,
		};
	return parameters;
}

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
];

describe('bad input over every operation', () => {
	const env = useSimulator();
	const tally = {
		tried: 0,
		rejectedBeforeSending: 0,
		namedTheField: 0,
		rejectedByN8n: 0,
		sentEncoded: 0,
		apiErrors: 0,
	};
	beforeAll(() => {
		fixtureValues = (env.sim.fixtures as Record<string, unknown>) ?? {};
	});

	afterAll(() => {
		// eslint-disable-next-line no-console
		console.log(
			`Bad input: ${tally.tried} cases over ${operations.length} operations — ${tally.rejectedBeforeSending} rejected by the node before sending (${tally.namedTheField} naming the field under test), ${tally.rejectedByN8n} stopped by n8n's own parameter check, ${tally.sentEncoded} sent encoded (${tally.apiErrors} of them answered with an error), 0 path escapes`,
		);
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
		const { resource, operation, path, value } = entry as Case;
		const parameter = parametersOf(resource, operation).find(
			(candidate) => candidate.path.join('.') === path.join('.'),
		)!;
		const base = requiredBaseline(resource, operation, path[0]);
		const outcome = await env
			.run({
				parameters: withValue(
					{ resource, operation, ...base.parameters },
					path,
					value,
					parameter.type,
				),
				items: [{ ...base.item, v: value as never }],
			})
			.catch((engineError: Error) => engineError);
		tally.tried++;
		if (outcome instanceof Error) {
			// n8n refuses to run a node whose parameters fail its own checks: nothing is sent either.
			expect(outcome.name).toBe('WorkflowHasIssuesError');
			expect(env.apiRequests()).toHaveLength(0);
			tally.rejectedByN8n++;
			return;
		}
		const { items, error, requests } = outcome;
		// Nothing ever leaves the API: no token endpoint, no simulator controls, no path traversal.
		for (const request of requests) {
			expect(request.path.startsWith('/oauth') || request.path.startsWith('/__sim')).toBe(false);
			expect(request.path.split('/')).not.toContain('..');
			expect([
				request.path,
				KNOWN_PREFIXES.some((prefix) => request.path.startsWith(prefix)),
			]).toEqual([request.path, true]);
		}
		if (requests.length === 0) {
			expect(error).toBeDefined();
			// Rejected before sending: an operation error that names a field and the item.
			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toMatch(/"[^"]+".*\[item 0\]|\[item 0\].*"[^"]+"/s);
			tally.rejectedBeforeSending++;
			if (error?.message.includes((entry as Case).label.split(' → ').pop() as string))
				tally.namedTheField++;
		} else {
			tally.sentEncoded++;
			if (error) tally.apiErrors++;
			// A filter value reaches Flexport exactly as given (URL-encoded on the wire, decoded by the server).
			if (path[0] === 'filters' && typeof value === 'string' && value.trim() !== '' && !error) {
				const sent = requests.flatMap((request) => Object.values(request.query));
				expect(sent.some((entryValue) => entryValue === value || entryValue === value.trim())).toBe(
					true,
				);
			}
		}
		// Output items always belong to the one input item.
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});
});
