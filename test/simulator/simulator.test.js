'use strict';

// Proves the Flexport simulator's main behaviours over real HTTP: tokens and
// quota, auth, envelopes and pagination, OpenAPI validation, every operation
// of the spec, faults, documents, webhooks and the /__sim/ control endpoints.

const crypto = require('node:crypto');
const http = require('node:http');
const { startSimulator } = require('./index');
const { loadSpec, matchRoute } = require('./openapi');

const AUDIENCE = 'https://api.flexport.com';
const DAY_MS = 24 * 60 * 60 * 1000;

function requestToken(sim, fields = {}, { format = 'json', headers = {} } = {}) {
	const body = {
		client_id: sim.clientId,
		client_secret: sim.clientSecret,
		audience: AUDIENCE,
		grant_type: 'client_credentials',
		...fields,
	};
	for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
	return fetch(sim.tokenUrl, {
		method: 'POST',
		headers: {
			'content-type': format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
			...headers,
		},
		body: format === 'json' ? JSON.stringify(body) : new URLSearchParams(body).toString(),
	});
}

async function accessToken(sim) {
	const response = await requestToken(sim);
	expect(response.status).toBe(200);
	return (await response.json()).access_token;
}

function decodeJwtPayload(token) {
	return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** API call; `token` defaults to the legacy API key. */
function call(sim, path, { method = 'GET', body, token = sim.apiKey, headers = {}, signal } = {}) {
	const allHeaders = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers };
	if (body !== undefined && !allHeaders['content-type'])
		allHeaders['content-type'] = 'application/json';
	return fetch(path.startsWith('http') ? path : `${sim.url}${path}`, {
		method,
		headers: allHeaders,
		signal,
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
	});
}

async function callJson(sim, path, options) {
	const response = await call(sim, path, options);
	return { status: response.status, headers: response.headers, json: await response.json() };
}

function bookingBody(sim, overrides = {}) {
	return {
		name: 'Simulator test booking',
		shipper_entity_ref: sim.fixtures.shipperEntityRef,
		consignee_entity_ref: 'self',
		ocean_booking: {
			is_lcl: false,
			incoterm: 'FOB',
			container_counts: { forty_ft_hc: 2 },
			product_descriptions: [{ description: 'Watches', hs_code: '9101.00' }],
			wants_pickup_service: true,
			origin_port_loc_code: 'CNYTN',
			destination_port_loc_code: 'USLAX',
		},
		origin_address_ref: sim.fixtures.originAddressRef,
		destination_address_ref: sim.fixtures.destinationAddressRef,
		cargo_ready_date: '2030-06-30',
		cargo: { weight: { value: 1200, unit: 'kg' }, volume: { value: 20, unit: 'cbm' } },
		...overrides,
	};
}

describe('Flexport simulator', () => {
	let sim;

	beforeAll(async () => {
		sim = await startSimulator({ quiet: true });
	});

	afterAll(async () => {
		await sim.close();
	});

	beforeEach(() => {
		sim.clearFaults();
		sim.resetStats();
	});

	describe('token endpoint', () => {
		it('issues unique JWTs for a JSON client-credentials request', async () => {
			const first = await requestToken(sim);
			const second = await requestToken(sim, { scope: 'shipments:read' });
			expect(first.status).toBe(200);
			expect(first.headers.get('cache-control')).toBe('no-store');
			const a = await first.json();
			const b = await second.json();
			expect(a).toEqual({
				access_token: expect.any(String),
				expires_in: 86400,
				token_type: 'Bearer',
			});
			expect(b.scope).toBe('shipments:read');
			expect(a.access_token).not.toBe(b.access_token);
			const payload = decodeJwtPayload(a.access_token);
			expect(payload).toMatchObject({
				iss: `${sim.url}/`,
				sub: sim.clientId,
				aud: AUDIENCE,
				jti: expect.any(String),
			});
			expect(payload.exp - payload.iat).toBe(86400);
			expect(sim.stats()).toMatchObject({
				tokenRequests: 2,
				tokensIssued: 2,
				tokenRequestsRejected: 0,
			});
			expect(sim.tokenRequestLog.map((entry) => entry.format)).toEqual(['json', 'json']);
			expect(JSON.stringify(sim.tokenRequestLog)).not.toContain(sim.clientSecret);
		});

		it('accepts form-encoded bodies and HTTP Basic client authentication', async () => {
			const form = await requestToken(sim, {}, { format: 'form' });
			expect(form.status).toBe(200);
			const basic = await requestToken(
				sim,
				{ client_id: undefined, client_secret: undefined },
				{
					format: 'form',
					headers: {
						authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`,
					},
				},
			);
			expect(basic.status).toBe(200);
			expect(
				sim.tokenRequestLog.map((entry) => [
					entry.format,
					entry.grantType,
					entry.clientId,
					entry.status,
				]),
			).toEqual([
				['form', 'client_credentials', sim.clientId, 200],
				['form', 'client_credentials', sim.clientId, 200],
			]);
		});

		it('rejects a wrong secret, a wrong audience and an unsupported grant type', async () => {
			const wrongSecret = await requestToken(sim, { client_secret: 'nope' });
			expect(wrongSecret.status).toBe(401);
			expect(await wrongSecret.json()).toEqual({
				error: 'access_denied',
				error_description: 'Unauthorized',
			});

			const wrongAudience = await requestToken(sim, { audience: 'https://api.example.com' });
			expect(wrongAudience.status).toBe(403);
			expect(await wrongAudience.json()).toEqual({
				error: 'access_denied',
				error_description: 'Service not enabled within domain: https://api.example.com',
			});

			const missingAudience = await requestToken(sim, { audience: undefined });
			expect(missingAudience.status).toBe(403);

			const badGrant = await requestToken(sim, { grant_type: 'password' });
			expect(badGrant.status).toBe(400);
			expect((await badGrant.json()).error).toBe('unsupported_grant_type');
			expect(sim.stats()).toMatchObject({
				tokenRequests: 4,
				tokensIssued: 0,
				tokenRequestsRejected: 4,
			});
		});

		it('enforces the daily quota per client id on the simulator clock', async () => {
			const quotaSim = await startSimulator({ dailyTokenQuota: 10 });
			try {
				await requestToken(quotaSim, { client_secret: 'wrong' }); // rejected requests do not use the quota
				for (let i = 0; i < 10; i += 1) expect((await requestToken(quotaSim)).status).toBe(200);
				const eleventh = await requestToken(quotaSim);
				expect(eleventh.status).toBe(429);
				expect(await eleventh.json()).toEqual({
					error: 'too_many_requests',
					error_description: 'Daily token request limit of 10 exceeded',
				});
				expect(quotaSim.stats()).toMatchObject({
					tokenRequests: 12,
					tokensIssued: 10,
					tokenRequestsRejected: 2,
				});

				quotaSim.advanceClock(DAY_MS + 1000);
				expect((await requestToken(quotaSim)).status).toBe(200);

				for (let i = 0; i < 9; i += 1) await requestToken(quotaSim);
				expect((await requestToken(quotaSim)).status).toBe(429);
				await fetch(`${quotaSim.url}/__sim/reset-token-quota`, { method: 'POST' });
				expect((await requestToken(quotaSim)).status).toBe(200);
			} finally {
				await quotaSim.close();
			}
		});

		it('expires tokens on the simulator clock and revokes them on demand', async () => {
			const shortSim = await startSimulator({ tokenLifetimeSeconds: 60 });
			try {
				const response = await requestToken(shortSim);
				const { access_token: token, expires_in: expiresIn } = await response.json();
				expect(expiresIn).toBe(60);
				expect((await call(shortSim, '/network/me/companies', { token })).status).toBe(200);

				shortSim.advanceClock(61 * 1000);
				const expired = await callJson(shortSim, '/network/me/companies', { token });
				expect(expired.status).toBe(401);
				expect(expired.json.error.message).toMatch(/expired/i);

				const fresh = await accessToken(shortSim);
				shortSim.revokeTokens();
				const revoked = await callJson(shortSim, '/network/me/companies', { token: fresh });
				expect(revoked.status).toBe(401);
				expect(revoked.json.error.message).toMatch(/revoked/i);
				expect(
					(await call(shortSim, '/network/me/companies', { token: await accessToken(shortSim) }))
						.status,
				).toBe(200);
			} finally {
				await shortSim.close();
			}
		});

		it('issues and honours refresh tokens when enabled', async () => {
			const refreshSim = await startSimulator({ issueRefreshTokens: true });
			try {
				const first = await (await requestToken(refreshSim)).json();
				expect(first.refresh_token).toEqual(expect.any(String));
				const refreshed = await requestToken(
					refreshSim,
					{ grant_type: 'refresh_token', refresh_token: first.refresh_token, audience: undefined },
					{ format: 'form' },
				);
				expect(refreshed.status).toBe(200);
				const body = await refreshed.json();
				expect(body.access_token).not.toBe(first.access_token);
				expect(
					(await requestToken(refreshSim, { grant_type: 'refresh_token', refresh_token: 'bogus' }))
						.status,
				).toBe(403);
			} finally {
				await refreshSim.close();
			}
			expect(
				(await requestToken(sim, { grant_type: 'refresh_token', refresh_token: 'x' })).status,
			).toBe(400);
		});
	});

	describe('API authentication and headers', () => {
		it('answers 401 in Flexport error shape without a token or with a foreign one', async () => {
			const missing = await callJson(sim, '/shipments', { token: null });
			expect(missing.status).toBe(401);
			expect(missing.json).toEqual({
				_object: '/api/response',
				version: 2,
				data: null,
				error: {
					_object: '/api/error',
					status: 401,
					code: 'unauthorized',
					message: expect.stringMatching(/missing/i),
				},
			});
			const forged = await callJson(sim, '/shipments', {
				token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
			});
			expect(forged.status).toBe(401);
			expect(forged.json.error.message).toMatch(/invalid/i);
		});

		it('accepts OAuth tokens and the legacy API key, and redacts them in the log', async () => {
			const token = await accessToken(sim);
			expect((await call(sim, '/network/me/companies', { token })).status).toBe(200);
			expect((await call(sim, '/network/me/companies')).status).toBe(200);
			const logged = sim.requests.map((entry) => entry.headers.authorization);
			expect(logged).toEqual(['Bearer <redacted>', 'Bearer <redacted>']);
			expect(JSON.stringify(sim.requests)).not.toContain(token);
		});

		it('checks the Flexport-Version header', async () => {
			expect(
				(await callJson(sim, '/network/me/companies', { headers: { 'flexport-version': '2' } }))
					.json.version,
			).toBe(2);
			expect(
				(await callJson(sim, '/network/me/companies', { headers: { 'flexport-version': '3' } }))
					.json.version,
			).toBe(3);
			expect(
				(
					await call(sim, '/network/me/companies', {
						headers: { 'flexport-version': '2023-07-01' },
					})
				).status,
			).toBe(200);
			const bad = await callJson(sim, '/network/me/companies', {
				headers: { 'flexport-version': 'v2' },
			});
			expect(bad.status).toBe(400);
			expect(bad.json.error.message).toMatch(/flexport-version/);
			expect(
				(
					await call(sim, '/network/me/companies', {
						headers: { 'flexport-version': '2023-02-30' },
					})
				).status,
			).toBe(400);
			expect(sim.requests[0].headers['flexport-version']).toBe('2');
		});
	});

	describe('envelopes, routing and pagination', () => {
		it('wraps single objects in the /api/response envelope with absolute links', async () => {
			const { status, json } = await callJson(sim, `/shipments/${sim.fixtures.oceanShipmentId}`);
			expect(status).toBe(200);
			expect(json).toMatchObject({
				_object: '/api/response',
				self: `${sim.url}/shipments/${sim.fixtures.oceanShipmentId}`,
				version: 2,
				error: null,
			});
			const shipment = json.data;
			expect(shipment).toMatchObject({
				_object: '/shipment',
				id: sim.fixtures.oceanShipmentId,
				transportation_mode: 'ocean',
			});
			expect(shipment.legs).toEqual({
				_object: '/api/refs/collection',
				ref_type: '/shipment_leg',
				link: `${sim.url}/shipment_legs?f.shipment.id=${shipment.id}`,
			});
			const legs = await callJson(sim, shipment.legs.link);
			expect(legs.json.data.data.length).toBeGreaterThan(0);
			expect(legs.json.data.data.every((leg) => leg.shipment.id === shipment.id)).toBe(true);
			const containers = await callJson(sim, shipment.ocean_shipment.containers.link);
			expect(containers.json.data.data.map((container) => container.container_number)).toContain(
				sim.fixtures.containerNumber,
			);
		});

		it('pages through a filtered list by following next links', async () => {
			const first = await callJson(
				sim,
				'/shipments?per=25&f.transportation_mode=ocean&direction=asc',
			);
			const total = first.json.data.total_count;
			expect(first.json.data).toMatchObject({ _object: '/api/collections/paginated', prev: null });
			expect(total).toBeGreaterThan(50);
			const ids = [];
			let page = first.json;
			let pages = 0;
			for (;;) {
				pages += 1;
				ids.push(...page.data.data.map((shipment) => shipment.id));
				expect(
					page.data.data.every(
						(shipment) =>
							shipment._object === '/shipments' && shipment.transportation_mode === 'ocean',
					),
				).toBe(true);
				if (!page.data.next) break;
				expect(page.data.next.startsWith(`${sim.url}/shipments?page=${pages + 1}&per=25&`)).toBe(
					true,
				);
				expect(page.data.next).toContain('f.transportation_mode=ocean');
				page = (await callJson(sim, page.data.next)).json;
				expect(page.data.prev).toContain(`page=${pages}&per=25`);
			}
			expect(pages).toBe(Math.ceil(total / 25));
			expect(new Set(ids).size).toBe(total);
			expect([...ids].sort((a, b) => a - b)).toEqual(ids);
		});

		it('applies common filters', async () => {
			const legs = await callJson(
				sim,
				`/shipment_legs?f.shipment.id=${sim.fixtures.oceanShipmentId}`,
			);
			expect(
				legs.json.data.data.every((leg) => leg.shipment.id === sim.fixtures.oceanShipmentId),
			).toBe(true);
			const products = await callJson(sim, `/products?f.sku=${sim.fixtures.productSku}`);
			expect(products.json.data.data.map((product) => product.sku)).toEqual([
				sim.fixtures.productSku,
			]);
			const companies = await callJson(sim, '/network/companies?f.ref=sim_imports');
			expect(companies.json.data.total_count).toBe(1);
			const statuses = await callJson(sim, '/shipments?per=100&f.status=final_destination');
			expect(
				statuses.json.data.data.every((shipment) => shipment.status === 'final_destination'),
			).toBe(true);
			const since = new Date(sim.now() - 3 * DAY_MS).toISOString();
			const events = await callJson(sim, `/events?f.occurred_at.gte=${since}`);
			expect(events.json.data.total_count).toBeGreaterThan(0);
			expect(events.json.data.total_count).toBeLessThan(50);
			expect(events.json.data.data.every((event) => event.occurred_at >= since)).toBe(true);
		});

		it('answers 404 for unknown paths and records and 405 for unsupported methods', async () => {
			const unknown = await callJson(sim, '/shipmentz');
			expect(unknown.status).toBe(404);
			expect(unknown.json.error.code).toBe('not_found');
			expect((await call(sim, '/shipments/999999999')).status).toBe(404);
			expect((await call(sim, '//shipments')).status).toBe(404);
			expect((await call(sim, '/shipments/')).status).toBe(404);
			const wrongMethod = await call(sim, '/shipments/1', { method: 'DELETE' });
			expect(wrongMethod.status).toBe(405);
			expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH');
		});

		it('answers every GET operation of the OpenAPI file with 200', async () => {
			const spec = loadSpec();
			const getOperations = spec.operations.filter((operation) => operation.method === 'GET');
			expect(spec.specOperationCount).toBe(56);
			for (const operation of getOperations) {
				let path = operation.template;
				if (operation.segments.some((segment) => segment.param)) {
					const listPath = operation.template.replace(/\/(:id|\{id\})(\/download)?$/, '');
					const list = await callJson(sim, `${listPath}?per=1`);
					path = operation.template.replace(
						/:id|\{id\}/,
						encodeURIComponent(list.json.data.data[0].id),
					);
				}
				const response = await call(sim, path);
				expect({ path, status: response.status }).toEqual({ path, status: 200 });
				await response.arrayBuffer();
			}
		});
	});

	describe('OpenAPI request validation', () => {
		it('rejects a bad enum value in a filter and logs the problem', async () => {
			const { status, json } = await callJson(sim, '/bookings?f.status=shipped');
			expect(status).toBe(400);
			expect(json.error).toMatchObject({ status: 400, code: 'validation_error' });
			expect(json.error.message).toContain('f.status');
			expect(sim.requests[0].validationErrors).toEqual([
				expect.stringContaining('must be one of booked, submitted'),
			]);
			expect(sim.stats().validationFailures).toBe(1);
		});

		it('rejects unknown query parameters, bad page sizes and non-integer ids', async () => {
			expect((await callJson(sim, '/shipments?f.transport_mode=ocean')).json.error.message).toMatch(
				/unknown query parameter/,
			);
			expect((await call(sim, '/shipments?per=101')).status).toBe(400);
			expect((await call(sim, '/products?page=0')).status).toBe(400);
			expect((await call(sim, '/shipments?f.updated_at.gt=yesterday')).status).toBe(400);
			expect((await call(sim, '/purchase_orders/PO-1')).status).toBe(400);
			expect((await call(sim, '/shipments?f.metadata.PO=PO-24001')).status).toBe(200);
			expect(
				(await call(sim, '/shipments?f.statuses.any=arrival_port,final_destination')).status,
			).toBe(200);
			expect((await call(sim, '/shipments?f.statuses.any=arrival_port,docked')).status).toBe(400);
		});

		it('rejects unknown body properties and missing required fields', async () => {
			const unknown = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { wants_export_customs: true }),
			});
			expect(unknown.status).toBe(400);
			expect(unknown.json.error.message).toContain('body.wants_export_customs: unknown property');

			const { cargo, ...withoutCargo } = bookingBody(sim);
			const missing = await callJson(sim, '/bookings', { method: 'POST', body: withoutCargo });
			expect(missing.status).toBe(400);
			expect(missing.json.error.message).toContain('body.cargo: is required');
			expect(cargo).toBeDefined();

			const nested = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { cargo: { weight: { value: '12', unit: 'tonnes' } } }),
			});
			expect(nested.status).toBe(400);
			expect(nested.json.error.message).toContain('body.cargo.weight.value: must be number');

			const notJson = await call(sim, '/bookings', {
				method: 'POST',
				body: JSON.stringify(bookingBody(sim)),
				headers: { 'content-type': 'text/plain' },
			});
			expect(notJson.status).toBe(400);
			expect(sim.stats().validationFailures).toBe(4);
		});

		it('accepts a valid POST /bookings and stores the booking', async () => {
			const created = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { wants_export_customs_service: true, metadata: { PO: ['4711'] } }),
			});
			expect(created.status).toBe(200);
			expect(sim.requests[0].validationErrors).toEqual([]);
			expect(created.json.data).toMatchObject({
				_object: '/booking',
				name: 'Simulator test booking',
				status: 'submitted',
				transportation_mode: 'ocean',
				shipper_entity: { ref: sim.fixtures.shipperEntityRef },
				consignee_entity: { ref: sim.fixtures.ownEntityRef },
				ocean_booking: { incoterm: 'FOB', origin_port: { address: { unlocode: 'CNYTN' } } },
			});
			const fetched = await callJson(sim, `/bookings/${created.json.data.id}`);
			expect(fetched.json.data.metadata).toEqual({ PO: ['4711'] });
			// Business rule on top of the schema: refs must exist in the network.
			const unknownRef = await callJson(sim, '/bookings', {
				method: 'POST',
				body: bookingBody(sim, { shipper_entity_ref: 'nobody' }),
			});
			expect(unknownRef.status).toBe(400);
			expect(unknownRef.json.error.message).toContain('shipper_entity_ref');
		});

		it('serves every write operation for a valid body', async () => {
			const { fixtures } = sim;
			const entity = (await callJson(sim, '/network/company_entities?per=1')).json.data.data[0];
			const contact = (await callJson(sim, '/network/contacts?per=1')).json.data.data[0];
			const location = (await callJson(sim, '/network/locations?per=1')).json.data.data[0];
			const address = { street_address: '1 Test Way', city: 'Oakland', country_code: 'US' };
			const money = { amount: '12.50', currency_code: 'USD' };
			const writes = [
				[
					'POST',
					'/booking_amendments',
					{
						booking_id: fixtures.bookingId,
						new_name: 'Renamed',
						new_cargo_ready_date: '2030-07-01',
					},
					'/booking_amendment',
				],
				[
					'POST',
					'/booking_line_items',
					{
						booking_id: fixtures.bookingId,
						purchase_order_line_item_id: fixtures.purchaseOrderLineItemId,
						units: 10,
					},
					'/purchase_orders/booking_line_item',
				],
				[
					'POST',
					'/carbon_calculation',
					{
						transportation_mode: 'air',
						weight: { value: 40, unit: 'kg' },
						origin_coordinates: { latitude: 37.78, longitude: -12.41 },
						destination_port: 'JFK',
					},
					'/carbon_calculation',
				],
				[
					'POST',
					'/commercial_invoices',
					{
						shipment_id: fixtures.shipmentId,
						invoice_number: 'CI-TEST-1',
						currency_code: 'USD',
						proration_amount: money,
						line_items: [
							{
								product_sku: fixtures.productSku,
								quantity: { value: 10, unit: 'pcs' },
								value: { amount: '125.00' },
								price_per_unit: money,
							},
						],
					},
					'/commercial_invoice',
				],
				[
					'PATCH',
					'/commercial_invoices',
					{ invoice_number: 'CI-TEST-1', is_related_parties: true },
					'/commercial_invoice',
				],
				[
					'PATCH',
					`/commercial_invoices/${fixtures.commercialInvoiceId}`,
					{ metadata: { reviewed: ['yes'] } },
					'/commercial_invoice',
				],
				[
					'POST',
					'/network/companies',
					{ name: 'New Partner Ltd', ref: 'new_partner' },
					'/network/company',
				],
				[
					'PATCH',
					`/network/companies/${fixtures.ownCompanyId}`,
					{ name: 'Renamed Imports Inc.' },
					'/network/company',
				],
				[
					'POST',
					'/network/company_entities',
					{
						name: 'New Entity',
						company_ref: 'new_partner',
						mailing_address: address,
						vat_numbers: [{ country_code: 'US', number: 'US 1' }],
					},
					'/company_entity',
				],
				[
					'PATCH',
					`/network/company_entities/${entity.id}`,
					{ ref: 'renamed_entity' },
					'/company_entity',
				],
				[
					'POST',
					'/network/contacts',
					{
						name: 'Jo Test',
						email: 'jo@example.com',
						phone_number: '+1 555 0100',
						company_id: fixtures.ownCompanyId,
					},
					'/network/contact',
				],
				[
					'PATCH',
					`/network/contacts/${contact.id}`,
					{ email: 'new@example.com' },
					'/network/contact',
				],
				[
					'POST',
					'/network/locations',
					{
						name: 'Test DC',
						company_id: fixtures.ownCompanyId,
						address,
						contact_ids: [contact.id],
						ref: 'test_dc',
					},
					'/network/location',
				],
				[
					'PATCH',
					`/network/locations/${location.id}`,
					{ metadata: { zone: ['A'] } },
					'/network/location',
				],
				[
					'POST',
					'/products',
					{
						name: 'Test Widget',
						sku: 'TEST-WIDGET-1',
						product_category: 'Widgets',
						country_of_origin: 'CN',
						product_properties: [{ type: 'color', value: 'red' }],
					},
					'/product',
				],
				['PATCH', `/products/${fixtures.productId}`, { description: 'Updated' }, '/product'],
				[
					'PATCH',
					`/shipments/${fixtures.shipmentId}`,
					{ metadata: { PO: ['PO-TEST'] } },
					'/shipment',
				],
			];
			const spec = loadSpec();
			const covered = writes.map(
				([method, path]) => matchRoute(spec, method, path).operation.operationId,
			);
			const expected = spec.operations
				.filter((operation) => operation.method !== 'GET')
				.map((operation) => operation.operationId)
				.filter((operationId) => !['booking_create', 'documents_create'].includes(operationId)); // tested separately
			expect(covered.sort()).toEqual(expected.sort());
			for (const [method, path, body, object] of writes) {
				const { status, json } = await callJson(sim, path, { method, body });
				expect({
					method,
					path,
					status,
					object: json.data && json.data._object,
					error: json.error,
				}).toEqual({ method, path, status: 200, object, error: null });
			}
			const shipment = await callJson(sim, `/shipments/${fixtures.shipmentId}`);
			expect(shipment.json.data.metadata.PO).toEqual(['PO-TEST']);
			const me = await callJson(sim, '/network/me/companies');
			expect(me.json.data.name).toBe('Renamed Imports Inc.');
		});
	});

	describe('faults', () => {
		it('answers 429 with Retry-After for status429 and then recovers', async () => {
			sim.setFaults({ status429: { count: 1, retryAfter: 7 } });
			const limited = await callJson(sim, '/shipments');
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('7');
			expect(limited.json.error).toMatchObject({ status: 429, code: 'rate_limited' });
			expect((await call(sim, '/shipments')).status).toBe(200);
			expect(sim.stats().rateLimited).toBe(1);
		});

		it('limits the request rate with a token bucket', async () => {
			sim.setFaults({ rateLimitPerSecond: 3 });
			const statuses = [];
			for (let i = 0; i < 5; i += 1)
				statuses.push((await call(sim, '/network/me/companies')).status);
			expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
			expect(statuses).toContain(429);
			const limited = sim.requests.find((entry) => entry.status === 429);
			expect(limited.fault).toBe('rateLimited');
		});

		it('answers 503 for the next N matching requests only', async () => {
			sim.setFaults({
				status5xx: { count: 2, status: 503, methods: ['GET'] },
				pathFilter: '/shipments',
			});
			expect((await call(sim, '/network/me/companies')).status).toBe(200);
			const failed = await callJson(sim, '/shipments');
			expect(failed.status).toBe(503);
			expect(failed.json.error.code).toBe('service_unavailable');
			expect(
				(
					await call(sim, `/shipments/${sim.fixtures.shipmentId}`, {
						method: 'PATCH',
						body: { metadata: {} },
					})
				).status,
			).toBe(200);
			expect((await call(sim, '/shipments')).status).toBe(503);
			expect((await call(sim, '/shipments')).status).toBe(200);
			expect(sim.stats().byStatus).toMatchObject({ 200: 3, 503: 2 });
		});

		it('truncates JSON bodies and resets connections', async () => {
			sim.setFaults({ truncateBody: { count: 1 } });
			const truncated = await call(sim, '/shipments');
			expect(truncated.status).toBe(200);
			await expect(truncated.json()).rejects.toThrow();

			sim.setFaults({ truncateBody: { count: 1, mode: 'close' } });
			await expect(call(sim, '/shipments').then((response) => response.text())).rejects.toThrow();

			sim.setFaults({ connectionReset: { count: 1 } });
			await expect(call(sim, '/shipments')).rejects.toThrow();
			expect((await call(sim, '/shipments')).status).toBe(200);
			expect(sim.requests.map((entry) => entry.fault || null)).toEqual([
				'truncateBody',
				'truncateBody',
				'connectionReset',
				null,
			]);
		});

		it('adds latency and hangs without keeping close() waiting', async () => {
			sim.setFaults({ latencyMs: 150 });
			const started = Date.now();
			expect((await call(sim, '/network/me/companies')).status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(140);
			sim.clearFaults();

			const hangSim = await startSimulator();
			hangSim.setFaults({ hang: { count: 2 } });
			await expect(
				call(hangSim, '/shipments', { signal: AbortSignal.timeout(200) }),
			).rejects.toThrow();
			const pending = call(hangSim, '/shipments').catch((error) => error);
			await new Promise((resolve) => setTimeout(resolve, 50));
			const closing = Date.now();
			await hangSim.close();
			expect(Date.now() - closing).toBeLessThan(1000);
			expect((await pending).message).toEqual(expect.any(String)); // the hung request failed instead of hanging
		});

		it('injects token endpoint faults', async () => {
			const faultSim = await startSimulator();
			try {
				faultSim.setFaults({ token: { status5xx: 1, nonJson: 1, missingKey: 1 } });
				expect((await requestToken(faultSim)).status).toBe(503);
				const html = await requestToken(faultSim);
				expect(html.headers.get('content-type')).toMatch(/text\/html/);
				await expect(html.json()).rejects.toThrow();
				const missingKey = await (await requestToken(faultSim)).json();
				expect(missingKey.access_token).toBeUndefined();
				expect((await requestToken(faultSim)).status).toBe(200);
				faultSim.setFaults({ token: { hang: 1 } });
				await expect(
					fetch(faultSim.tokenUrl, { method: 'POST', signal: AbortSignal.timeout(200) }),
				).rejects.toThrow();
				expect(faultSim.stats()).toMatchObject({
					tokenRequests: 5,
					tokensIssued: 1,
					tokenRequestsRejected: 4,
				});
			} finally {
				await faultSim.close();
			}
		});
	});

	describe('documents', () => {
		it('round-trips an uploaded document through download', async () => {
			const bytes = crypto.randomBytes(3000);
			const created = await callJson(sim, '/documents', {
				method: 'POST',
				headers: { 'flexport-version': '3' },
				body: {
					file_name: 'packing list.pdf',
					mime_type: 'application/pdf',
					document_type: 'commercial_invoice_packing_list',
					memo: 'test',
					document: bytes.toString('base64'),
					shipment_id: sim.fixtures.shipmentId,
				},
			});
			expect(created.status).toBe(200);
			const document = created.json.data;
			expect(document).toMatchObject({
				_object: '/document',
				file_name: 'packing list.pdf',
				document_type: 'commercial_invoice_packing_list',
				file_metadata: { size: 3000 },
			});
			expect(document.file_link).toBe(`${sim.url}/documents/${document.id}/download`);

			const download = await call(sim, document.file_link);
			expect(download.status).toBe(200);
			expect(download.headers.get('content-type')).toBe('application/pdf');
			expect(download.headers.get('content-disposition')).toContain(
				'attachment; filename="packing list.pdf"',
			);
			expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

			const listed = await callJson(sim, `/documents?f.shipment.id=${sim.fixtures.shipmentId}`);
			expect(listed.json.data.data.map((item) => item.id)).toContain(document.id);

			const seeded = await call(sim, `/documents/${sim.fixtures.documentId}/download`);
			expect(
				Buffer.from(await seeded.arrayBuffer())
					.subarray(0, 5)
					.toString(),
			).toBe('%PDF-');

			const missingField = await callJson(sim, '/documents', {
				method: 'POST',
				body: {
					file_name: 'x.pdf',
					mime_type: 'application/pdf',
					document_type: 'other',
					shipment_id: sim.fixtures.shipmentId,
				},
			});
			expect(missingField.status).toBe(400);
			expect(missingField.json.error.message).toContain('body.document: is required');
		});
	});

	describe('webhooks', () => {
		let receiver;
		let receiverUrl;
		let received;

		beforeAll(async () => {
			receiver = http.createServer((req, res) => {
				const chunks = [];
				req.on('data', (chunk) => chunks.push(chunk));
				req.on('end', () => {
					received.push({ headers: req.headers, raw: Buffer.concat(chunks) });
					res.writeHead(200, { 'content-type': 'text/plain' });
					res.end('ok');
				});
			});
			await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
			receiverUrl = `http://127.0.0.1:${receiver.address().port}/webhook`;
		});

		afterAll(async () => {
			await new Promise((resolve) => receiver.close(resolve));
		});

		beforeEach(() => {
			received = [];
		});

		const hmac = (algorithm, secret, raw) =>
			crypto.createHmac(algorithm, secret).update(raw).digest('hex');
		const matches = (expected, actual) =>
			Boolean(actual) &&
			expected.length === actual.length &&
			crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(actual));

		it('signs the exact raw body with HMAC-SHA256 and HMAC-SHA1', async () => {
			const event = sim.addEvent({ type: '/shipment_leg#departed' });
			const result = await sim.sendWebhook(receiverUrl, event, { secret: 'hook-secret' });
			expect(result).toMatchObject({ status: 200, body: 'ok' });
			const [{ headers, raw }] = received;
			expect(
				matches(`sha256=${hmac('sha256', 'hook-secret', raw)}`, headers['x-hub-signature-256']),
			).toBe(true);
			expect(matches(`sha1=${hmac('sha1', 'hook-secret', raw)}`, headers['x-hub-signature'])).toBe(
				true,
			);
			expect(JSON.parse(raw.toString('utf8'))).toMatchObject({
				_object: '/event',
				id: event.id,
				type: '/shipment_leg#departed',
				data: { _object: '/shipment_event_data' },
			});
		});

		it('can send bare hex, one algorithm, tampered bodies, wrong secrets and no signature', async () => {
			await sim.sendWebhook(receiverUrl, null, {
				secret: 's',
				prefix: false,
				algorithms: ['sha256'],
			});
			await sim.sendWebhook(receiverUrl, null, { secret: 's', tamperBody: true });
			await sim.sendWebhook(receiverUrl, null, { secret: 's', wrongSecret: true });
			await sim.sendWebhook(receiverUrl, null, { omitSignature: true });
			await sim.sendWebhook(receiverUrl, null, { secret: 's', rawBody: '{"hand":"written"}' });
			const [bare, tampered, wrong, unsigned, raw] = received;
			expect(bare.headers['x-hub-signature-256']).toBe(hmac('sha256', 's', bare.raw));
			expect(bare.headers['x-hub-signature']).toBeUndefined();
			expect(tampered.headers['x-hub-signature-256']).not.toBe(
				`sha256=${hmac('sha256', 's', tampered.raw)}`,
			);
			expect(wrong.headers['x-hub-signature-256']).not.toBe(
				`sha256=${hmac('sha256', 's', wrong.raw)}`,
			);
			expect(unsigned.headers['x-hub-signature-256']).toBeUndefined();
			expect(unsigned.headers['x-hub-signature']).toBeUndefined();
			expect(raw.raw.toString()).toBe('{"hand":"written"}');
			expect(raw.headers['x-hub-signature-256']).toBe(`sha256=${hmac('sha256', 's', raw.raw)}`);
		});

		it('refuses non-loopback targets', async () => {
			await expect(sim.sendWebhook('http://192.0.2.1/hook', null, { secret: 's' })).rejects.toThrow(
				/loopback/,
			);
		});

		it('is driven through /__sim/webhook as well', async () => {
			const response = await fetch(`${sim.url}/__sim/webhook`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					url: receiverUrl,
					event: { type: '/shipment#delivered_in_full' },
					options: { secret: 'ctl' },
				}),
			});
			expect(await response.json()).toEqual({ status: 200, body: 'ok' });
			expect(received[0].headers['x-hub-signature-256']).toBe(
				`sha256=${hmac('sha256', 'ctl', received[0].raw)}`,
			);
		});
	});

	describe('/__sim/ control endpoints', () => {
		const control = async (method, path, body) => {
			const response = await fetch(`${sim.url}/__sim/${path}`, {
				method,
				headers: body ? { 'content-type': 'application/json' } : {},
				body: body ? JSON.stringify(body) : undefined,
			});
			return { status: response.status, json: await response.json() };
		};

		it('reports stats, resets them and is not itself counted', async () => {
			await call(sim, '/network/me/companies');
			const { json } = await control('GET', 'stats?last=5');
			expect(json.stats).toMatchObject({ apiRequests: 1, byStatus: { 200: 1 } });
			expect(json.requests).toHaveLength(1);
			expect(json.requests[0]).toMatchObject({
				method: 'GET',
				path: '/network/me/companies',
				operationId: 'network_company_me',
				status: 200,
			});
			await control('POST', 'reset-stats');
			expect(sim.stats().apiRequests).toBe(0);
			expect(sim.requests).toEqual([]);
		});

		it('sets and clears faults', async () => {
			await control('POST', 'faults', { status5xx: { count: 1, status: 500 } });
			expect((await call(sim, '/shipments')).status).toBe(500);
			await control('POST', 'faults', { status429: { count: 5 } });
			await control('DELETE', 'faults');
			expect((await call(sim, '/shipments')).status).toBe(200);
		});

		it('advances the clock, revokes tokens and appends events', async () => {
			const clockSim = await startSimulator({ tokenLifetimeSeconds: 3600 });
			try {
				const ctl = (method, path, body) =>
					fetch(`${clockSim.url}/__sim/${path}`, {
						method,
						headers: { 'content-type': 'application/json' },
						body: body ? JSON.stringify(body) : undefined,
					}).then((r) => r.json());
				const token = await accessToken(clockSim);
				const before = clockSim.now();
				const { now } = await ctl('POST', 'clock', { advanceMs: 2 * 3600 * 1000 });
				expect(now - before).toBeGreaterThanOrEqual(2 * 3600 * 1000);
				expect((await call(clockSim, '/shipments', { token })).status).toBe(401);

				const second = await accessToken(clockSim);
				await ctl('POST', 'revoke-tokens');
				expect(
					(await callJson(clockSim, '/shipments', { token: second })).json.error.message,
				).toMatch(/revoked/);

				const { event } = await ctl('POST', 'events', {
					type: '/shipment#delivered_in_full',
					data: { shipment: { id: clockSim.fixtures.shipmentId } },
				});
				expect(event).toMatchObject({
					_object: '/event',
					version: 2,
					type: '/shipment#delivered_in_full',
					data: { shipment: { id: clockSim.fixtures.shipmentId, _object: '/shipment' } },
				});
				expect(Date.parse(event.occurred_at)).toBeGreaterThanOrEqual(now);
				const shown = await callJson(clockSim, `/events/${event.id}`);
				expect(shown.json.data.id).toBe(event.id);
				const newest = await callJson(
					clockSim,
					`/events?per=1&f.data.shipment.id=${clockSim.fixtures.shipmentId}`,
				);
				expect(newest.json.data.data[0].id).toBe(event.id);
			} finally {
				await clockSim.close();
			}
		});
	});

	describe('large collections', () => {
		it('serves N synthetic shipments page by page', async () => {
			const largeSim = await startSimulator({ largeCollection: 2500 });
			try {
				const first = await callJson(largeSim, '/shipments?per=100');
				expect(first.json.data.total_count).toBe(2500);
				expect(first.json.data.data).toHaveLength(100);
				const last = await callJson(largeSim, '/shipments?per=100&page=25');
				expect(last.json.data.next).toBeNull();
				expect(last.json.data.data).toHaveLength(100);
				const beyond = await callJson(largeSim, '/shipments?per=100&page=26');
				expect(beyond.json.data.data).toEqual([]);
				const one = await callJson(largeSim, `/shipments/${first.json.data.data[0].id}`);
				expect(one.json.data.id).toBe(first.json.data.data[0].id);
				largeSim.setSettings({ largeCollection: 0 });
				expect((await callJson(largeSim, '/shipments?per=1')).json.data.total_count).toBe(120);
			} finally {
				await largeSim.close();
			}
		});
	});
});
