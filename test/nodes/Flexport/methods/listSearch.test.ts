/**
 * The seven "From list" searches of the resource locators, run in n8n-core's LoadOptionsContext
 * against the simulator: what they ask Flexport for, how a record is shown, text matching and
 * paging.
 */
import { FLEXPORT_OBJECTS } from '../../../../nodes/Flexport/objects';
import type { ListSearchMethod } from '../../../harness/loadOptionsHarness';
import { oauthCredentialData, useSimulator } from '../../../harness/simulatorFixture';

interface Collection {
	all(): Array<{ id: string | number; name?: string; email?: string; sku?: string }>;
}

const SEARCHES: Array<{
	method: ListSearchMethod;
	path: string;
	collection: string;
	sort?: Record<string, string>;
}> = [
	{
		method: 'searchShipments',
		path: FLEXPORT_OBJECTS.shipment.path,
		collection: 'shipments',
		sort: { sort: 'id', direction: 'desc' },
	},
	{
		method: 'searchBookings',
		path: FLEXPORT_OBJECTS.booking.path,
		collection: 'bookings',
		sort: { sort: 'created_at', direction: 'desc' },
	},
	{
		method: 'searchPurchaseOrders',
		path: FLEXPORT_OBJECTS.purchaseOrder.path,
		collection: 'purchaseOrders',
		sort: { sort: 'id', direction: 'desc' },
	},
	{ method: 'searchCompanies', path: FLEXPORT_OBJECTS.company.path, collection: 'companies' },
	{ method: 'searchContacts', path: FLEXPORT_OBJECTS.contact.path, collection: 'contacts' },
	{ method: 'searchLocations', path: FLEXPORT_OBJECTS.location.path, collection: 'locations' },
	{ method: 'searchProducts', path: FLEXPORT_OBJECTS.product.path, collection: 'products' },
];

describe('list searches (n8n-core LoadOptionsContext against the simulator)', () => {
	const env = useSimulator();
	const records = (collection: string) =>
		(env.sim.db as Record<string, Collection>)[collection].all();

	describe.each(SEARCHES)('$method', ({ method, path, collection, sort }) => {
		it(`asks ${path} for one page of 50${sort ? ', newest first' : ''}, and lists each record by name and ID`, async () => {
			const { results, paginationToken, requests } = await env.listSearch(method);
			expect(requests).toHaveLength(1);
			expect(requests[0]).toMatchObject({ method: 'GET', path, status: 200, validationErrors: [] });
			expect(requests[0].query).toEqual({ page: '1', per: '50', ...sort });
			const total = records(collection).length;
			expect(results).toHaveLength(Math.min(50, total));
			expect(paginationToken).toBe(total > 50 ? '2' : undefined);
			const known = new Map(records(collection).map((record) => [String(record.id), record]));
			for (const result of results) {
				const record = known.get(String(result.value));
				expect(record).toBeDefined();
				expect(result.name).toContain(`(#${String(record?.id)})`);
				if (record?.name) expect(result.name.startsWith(record.name)).toBe(true);
			}
		});

		it('keeps only the records whose label contains the typed text, ignoring case', async () => {
			const first = (await env.listSearch(method)).results[0];
			const needle = first.name.slice(0, Math.min(6, first.name.length)).toUpperCase();
			const { results, requests } = await env.listSearch(method, { filter: ` ${needle} ` });
			expect(requests[0].query).toEqual({ page: '1', per: '50', ...sort });
			expect(results.length).toBeGreaterThan(0);
			expect(results.map((result) => result.value)).toContain(first.value);
			expect(
				results.every((result) => result.name.toLowerCase().includes(needle.trim().toLowerCase())),
			).toBe(true);

			const none = await env.listSearch(method, { filter: 'no-such-name-zz9' });
			expect(none.results).toEqual([]);
		});

		it('finds a record by its exact ID', async () => {
			const first = (await env.listSearch(method)).results[0];
			const { results } = await env.listSearch(method, { filter: String(first.value) });
			expect(results.map((result) => result.value)).toContain(first.value);
		});

		// The searches send the credential's API Version, not Request Options → API Version: what they
		// read (IDs, names, emails, SKUs of one sorted page) is the same in every version
		// (spec/flexport-api-versions.md §2.1, §2.5, §2.8, §2.17, §2.18), so the override need not reach them.
		it('lists the same records whichever API Version is sent', async () => {
			const v2 = await env.listSearch(method);
			expect(v2.requests[0].headers['flexport-version']).toBe('2');
			for (const apiVersion of ['3', '2023-07-01']) {
				env.store.set('cred-versioned', 'flexportOAuth2Api', {
					...oauthCredentialData(env.sim),
					advancedSettings: true,
					apiVersion,
				} as never);
				const other = await env.listSearch(method, { credentialId: 'cred-versioned' });
				const sent = other.requests.at(-1);
				expect(sent).toMatchObject({ status: 200, validationErrors: [] });
				expect(sent?.headers['flexport-version']).toBe(apiVersion);
				expect(other.results).toEqual(v2.results);
			}
		});

		it('works with the legacy API key credential', async () => {
			const { results, requests } = await env.listSearch(method, { credentialType: 'flexportApi' });
			expect(requests[0].status).toBe(200); // the simulator answers 401 without a valid key
			expect(results.length).toBeGreaterThan(0);
			expect(env.sim.stats().tokenRequests).toBe(0);
		});
	});

	it('searchShipments pages on with the token it returned, and links each shipment to the web app', async () => {
		const first = await env.listSearch('searchShipments');
		expect(first.paginationToken).toBe('2');
		expect(first.results[0].url).toBe(
			`https://app.flexport.com/shipments/${first.results[0].value}`,
		);
		const second = await env.listSearch('searchShipments', { paginationToken: '2' });
		expect(second.requests[0].query).toMatchObject({ page: '2', per: '50' });
		const firstIds = new Set(first.results.map((result) => result.value));
		expect(second.results.length).toBeGreaterThan(0);
		expect(second.results.some((result) => firstIds.has(result.value))).toBe(false);
	});

	it('searchContacts shows the email and searchProducts the SKU next to the name', async () => {
		const contact = records('contacts')[0];
		const contacts = await env.listSearch('searchContacts', { filter: contact.email });
		expect(contacts.results).toContainEqual(
			expect.objectContaining({
				name: `${contact.name} (#${contact.id}) <${contact.email}>`,
				value: String(contact.id),
			}),
		);
		const product = records('products')[0];
		const products = await env.listSearch('searchProducts', { filter: product.sku });
		expect(products.results).toContainEqual(
			expect.objectContaining({
				name: `${product.name} (#${product.id}) · SKU ${product.sku}`,
				value: String(product.id),
			}),
		);
	});
});
