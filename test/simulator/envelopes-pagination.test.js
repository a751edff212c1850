'use strict';

// Proves the /api/response envelope, routing (404/405), filters and
// pagination over real HTTP, including every GET operation of the OpenAPI file and large collections.

const { startSimulator } = require('./index');
const { loadSpec } = require('./openapi');
const { useSharedSimulator, DAY_MS, call, callJson } = require('./test-client');

describe('Flexport simulator', () => {
	let sim;
	useSharedSimulator((started) => {
		sim = started;
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
