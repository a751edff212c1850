'use strict';

// The asynchronous Logistics operations over real HTTP: report generation and its CSV download,
// inbound rate quotes and purchases, bulk parcel label jobs, transfer documents, product sync, and
// parcel tracking that follows the simulator clock.

const { deliverrAddress, dims, inboundAddress } = require('./operation-bodies');
const { useLogisticsSimulator, call } = require('./test-client');

const DAY_MS = 24 * 60 * 60 * 1000;

let sim;
useLogisticsSimulator((started) => {
	sim = started;
});

const post = (path, body) => call(sim, path, { method: 'POST', body });

async function newShipment() {
	const sku = sim.logistics.fixtures.logisticsSku;
	const created = await post('/inbounds/shipments', {
		from: inboundAddress(),
		prep: { boxContentLabels: true },
		items: [{ logisticsSku: sku, quantity: 40 }],
	});
	expect(created.status).toBe(200);
	return created.json.id;
}

describe('reports', () => {
	it('goes PENDING -> SUCCESS, then serves the CSV at a signed URL that expires', async () => {
		const generated = await post('/reports', { reportType: 'Orders-All_Orders' });
		const reference = generated.json.reportReference;
		expect((await call(sim, `/reports/${reference}`)).json).toEqual({ status: 'PENDING' });
		const ready = await call(sim, `/reports/${reference}`);
		expect(ready.json.status).toBe('SUCCESS');
		const download = await fetch(ready.json.url);
		expect(download.status).toBe(200);
		expect(download.headers.get('content-type')).toContain('text/csv');
		const lines = (await download.text()).trim().split('\n');
		expect(lines[0]).toBe('orderId,externalOrderId,status,createdAt,lineItems');
		expect(lines).toHaveLength(sim.logistics.db.orders.size + 1);
		const forged = new URL(ready.json.url);
		forged.searchParams.set('signature', 'forged');
		expect((await fetch(forged)).status).toBe(403);
		sim.advanceClock(2 * 60 * 60 * 1000);
		expect((await fetch(ready.json.url)).status).toBe(403);
		const renewed = await call(sim, `/reports/${reference}`);
		expect(Date.parse(renewed.json.urlExpiration)).toBeGreaterThan(sim.now());
		expect((await fetch(renewed.json.url)).status).toBe(200);
	});

	it('becomes ready after readyAfterMs of simulator time, or fails when told to', async () => {
		sim.logistics.setSettings({ async: { pendingPolls: 1000, readyAfterMs: 60000 } });
		const slow = (await post('/reports', { reportType: 'Inventory-Levels_Today' })).json
			.reportReference;
		expect((await call(sim, `/reports/${slow}`)).json.status).toBe('PENDING');
		sim.advanceClock(61000);
		expect((await call(sim, `/reports/${slow}`)).json.status).toBe('SUCCESS');
		sim.logistics.setSettings({ asyncByKind: { report: { pendingPolls: 0, outcome: 'failure' } } });
		const failing = (await post('/reports', { reportType: 'Returns-All_Returns' })).json
			.reportReference;
		const failed = await call(sim, `/reports/${failing}`);
		expect(failed.json.status).toBe('ERROR');
		expect(failed.json.errorMessage).toEqual(expect.any(String));
	});

	it('answers a pending poll with 202 when asyncPendingStatus is 202', async () => {
		sim.logistics.setSettings({ asyncPendingStatus: 202 });
		const reference = (await post('/reports', { reportType: 'Parcel-All_Parcels' })).json
			.reportReference;
		expect((await call(sim, `/reports/${reference}`)).status).toBe(202);
		expect((await call(sim, `/reports/${reference}`)).status).toBe(200);
	});
});

describe('inbound quotes and purchases', () => {
	it('quotes, then buys, each by POST and polling GET', async () => {
		const id = await newShipment();
		expect((await call(sim, `/inbounds/shipments/${id}/quotes`)).status).toBe(404);
		const started = await post(`/inbounds/shipments/${id}/quotes?shippingOption=SPD_EXTERNAL`);
		expect(started.json).toEqual({ quotes: [] });
		expect((await call(sim, `/inbounds/shipments/${id}/quotes`)).json).toEqual({ quotes: [] });
		const quotes = (await call(sim, `/inbounds/shipments/${id}/quotes`)).json.quotes;
		expect(quotes.length).toBe(2);
		expect(
			quotes.every((quote) => quote.shippingOption === 'SPD_EXTERNAL' && !quote.purchased),
		).toBe(true);
		const unknown = await post(`/inbounds/shipments/${id}/quotes/buy`, { quoteIds: [1] });
		expect(unknown.status).toBe(422);
		expect(unknown.json.detail).toContain('body.quoteIds[0]');
		const buying = await post(`/inbounds/shipments/${id}/quotes/buy`, { quoteIds: [quotes[0].id] });
		expect(buying.json).toEqual({ transactions: [] });
		expect((await call(sim, `/inbounds/shipments/${id}/quotes/buy`)).json.quotes).toEqual([]);
		const bought = (await call(sim, `/inbounds/shipments/${id}/quotes/buy`)).json.quotes;
		expect(bought.map((quote) => [quote.id, quote.purchased])).toEqual([[quotes[0].id, true]]);
		expect((await call(sim, `/inbounds/shipments/${id}`)).json.status).toBe('READY_TO_SHIP');
	});

	it('reports a failed quote process in the error field', async () => {
		sim.logistics.setSettings({
			asyncByKind: { inboundQuote: { pendingPolls: 0, outcome: 'failure' } },
		});
		const id = await newShipment();
		await post(`/inbounds/shipments/${id}/quotes`);
		const result = await call(sim, `/inbounds/shipments/${id}/quotes`);
		expect(result.json).toEqual({
			quotes: [],
			error: { code: 'NO_RATES', subcode: 'CARRIER_UNAVAILABLE' },
		});
	});

	it('prepares the transfer document, then links a PDF', async () => {
		const id = await newShipment();
		const path = `/inbounds/shipments/${id}/document?documentOption=BOX_LABELS&documentFormat=PDF`;
		expect((await call(sim, path)).json).toEqual({ ready: false, url: '' });
		const ready = await call(sim, path);
		expect(ready.json.ready).toBe(true);
		const pdf = Buffer.from(await (await fetch(ready.json.url)).arrayBuffer());
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});

describe('parcels', () => {
	it('runs a bulk label job to COMPLETED with trackable parcels and a labels PDF', async () => {
		const created = await post('/parcels/jobs', {
			packslipRequired: true,
			parcels: [1, 2].map((n) => ({
				serviceLevel: 'STANDARD',
				customerParcelId: `BULK-${n}`,
				shipToAddress: deliverrAddress(),
				dimensions: dims(),
			})),
		});
		expect(created.json).toEqual({ jobId: expect.any(Number), status: 'PENDING' });
		const jobPath = `/parcels/jobs/${created.json.jobId}`;
		expect((await call(sim, jobPath)).json.status).toBe('IN_PROGRESS');
		const done = (await call(sim, jobPath)).json;
		expect(done.status).toBe('COMPLETED');
		expect(done.parcels.map((parcel) => parcel.integrationChannelParcelId)).toEqual([
			'BULK-1',
			'BULK-2',
		]);
		const tracking = await call(sim, `/parcels/tracking/${done.parcels[0].trackingNumber}`);
		expect(tracking.json.status).toBe('PRE_TRANSIT');
		const labels = Buffer.from(await (await fetch(done.labelsUrl)).arrayBuffer());
		expect(labels.subarray(0, 5).toString()).toBe('%PDF-');
		sim.logistics.setSettings({
			asyncByKind: { parcelJob: { pendingPolls: 0, outcome: 'failure' } },
		});
		const failing = await post('/parcels/jobs', {
			packslipRequired: false,
			parcels: [{ serviceLevel: 'X', shipToAddress: deliverrAddress(), dimensions: dims() }],
		});
		const failed = (await call(sim, `/parcels/jobs/${failing.json.jobId}`)).json;
		expect(failed.status).toBe('FAILED');
		expect(failed.parcels[0].errorMessages).toContain('SERVICE_LEVEL_NOT_CONFIGURED');
	});

	it('tracks a parcel along the simulator clock; the tracking URL is a bare string', async () => {
		const parcel = (
			await post('/parcels', { shipToAddress: deliverrAddress(), dimensions: dims() })
		).json;
		const status = async () =>
			(await call(sim, `/parcels/${parcel.parcelId}/tracking`)).json.status;
		expect(await status()).toBe('PRE_TRANSIT');
		sim.advanceClock(2 * DAY_MS);
		expect(await status()).toBe('IN_TRANSIT');
		const late = await post('/parcels/cancel', { parcelId: parcel.parcelId });
		expect(late.status).toBe(422);
		sim.advanceClock(3 * DAY_MS);
		expect(await status()).toBe('DELIVERED');
		const json = await call(sim, `/parcels/${parcel.parcelId}/tracking_url`);
		expect([json.headers.get('content-type'), json.json]).toEqual([
			'application/json; charset=utf-8',
			parcel.packageTrackingUrl,
		]);
		sim.logistics.setSettings({ trackingUrlFormat: 'text' });
		const text = await call(sim, `/parcels/${parcel.parcelId}/tracking_url`);
		expect([text.headers.get('content-type'), text.text]).toEqual([
			'text/plain; charset=utf-8',
			parcel.packageTrackingUrl,
		]);
	});

	it('answers the documented parcel errors with a 422 naming the field', async () => {
		const tooLong = await post('/parcels', {
			shipToAddress: deliverrAddress(),
			dimensions: { ...dims(), length: 300 },
		});
		expect([tooLong.status, tooLong.json.title]).toEqual([422, 'EXCEEDS_MAX_DIMENSIONS']);
		expect(tooLong.json.detail).toContain('body.dimensions');
		const abroad = await post('/parcels/quote', {
			serviceLevel: 'STANDARD',
			shipToAddress: { ...deliverrAddress(), country: 'DE' },
			dimensions: dims(),
		});
		expect([abroad.status, abroad.json.title]).toEqual([422, 'CUSTOMS_INFORMATION_REQUIRED']);
	});
});

describe('channels', () => {
	it('syncs products: STOPPED, PENDING after the sync starts, then COMPLETE', async () => {
		await post('/channels', {
			channelType: 'SHOPIFY',
			accessToken: 'shpat_x',
			storeName: 'sync-store',
			locationId: '1',
		});
		const path = '/channels/SHOPIFY/shop/sync-store/sync';
		expect((await call(sim, path)).json.productSyncStatus).toBe('STOPPED');
		const started = await call(sim, path, { method: 'POST' });
		expect([started.status, started.text]).toEqual([200, '']);
		expect((await call(sim, path)).json.productSyncStatus).toBe('PENDING');
		expect((await call(sim, path)).json.productSyncStatus).toBe('COMPLETE');
		expect((await call(sim, '/channels/SHOPIFY/shop/other/sync')).status).toBe(404);
	});
});
