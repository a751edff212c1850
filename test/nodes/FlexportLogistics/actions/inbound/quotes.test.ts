/**
 * The asynchronous inbound operations against the simulator's state machines: Request Quotes and
 * Buy Quotes with Wait for Result (ready after N polls, failed, timeout), their result reads, and
 * Get Document (waiting, downloading, a file host on another origin that must see no token).
 */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectNoCredentialArrived, useFileHost } from '../freight/fileHost';
import { expectAccepted, runPastWaitTimeout } from '../logisticsSuite';

const shipment = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const fast = { pollInterval: 0.1, waitTimeout: 20 };

describe('Inbound Shipment quotes and documents (asynchronous, against the simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string>;

	async function newShipment(): Promise<string> {
		const { items, error } = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'create',
				fromAddress: {
					address: {
						address1: '200 Dock Rd',
						city: 'Reno',
						provinceCode: 'NV',
						zip: '89502',
						countryCode: 'US',
					},
				},
				boxContentLabels: false,
				shipmentItems: { item: [{ logisticsSku: fixtures().logisticsSku, quantity: 10 }] },
			},
		});
		expect(error).toBeUndefined();
		return String(items[0].json.id);
	}

	const operationIds = (requests: Array<{ operationId: string | null }>) =>
		requests.map((request) => request.operationId);

	it('Request Quotes waits until the quotes are ready (3 pending checks), Buy Quotes until bought', async () => {
		const id = await newShipment();
		env.logistics.setSettings({
			asyncByKind: { inboundQuote: { pendingPolls: 3 }, inboundPurchase: { pendingPolls: 2 } },
		});
		const quoted = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'requestQuotes',
				shipmentId: shipment(id),
				options: { shippingOption: 'SPD_EXTERNAL' },
				...fast,
			},
			items: [{ po: 'A' }],
		});
		expect(quoted.error).toBeUndefined();
		expectAccepted(quoted.requests);
		expect(operationIds(quoted.requests)).toEqual([
			'init_quote_process_for_inbounding_shipment_v2',
			...Array(4).fill('get_inbounding_shipment_quote_result'),
		]);
		for (const request of quoted.requests)
			expect(request.query.shippingOption).toBe('SPD_EXTERNAL');
		expect(quoted.items).toHaveLength(1);
		expect(quoted.items[0].pairedItem).toEqual({ item: 0 });
		const result = quoted.items[0].json;
		expect(result).toMatchObject({ shipmentId: id, state: 'ready', polls: 4 });
		const quotes = result.quotes as IDataObject[];
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes.every((quote) => quote.shippingOption === 'SPD_EXTERNAL')).toBe(true);

		const read = await env.run({
			parameters: { resource: 'inbound', operation: 'getQuotes', shipmentId: shipment(id) },
		});
		expectAccepted(read.requests);
		expect(read.items[0].json).toMatchObject({ state: 'ready', quotes });

		const bought = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'buyQuotes',
				shipmentId: shipment(id),
				quoteIds: `={{ ${quotes[0].id} }}`,
				...fast,
			},
		});
		expect(bought.error).toBeUndefined();
		expectAccepted(bought.requests);
		expect(operationIds(bought.requests)).toEqual([
			'init_quote_purchase_process_for_inbounding_shipment_v2',
			...Array(3).fill('get_inbounding_shipment_quote_purchase_result'),
		]);
		expect(bought.items[0].json).toMatchObject({
			state: 'ready',
			quotes: [{ id: quotes[0].id, purchased: true }],
			idempotency: { replayed: false },
		});

		const purchased = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'getPurchasedQuotes',
				shipmentId: shipment(id),
			},
		});
		expectAccepted(purchased.requests);
		expect(purchased.items[0].json).toMatchObject({
			state: 'ready',
			quotes: [{ id: quotes[0].id }],
		});
	});

	it('Wait for Result off: the request is only started; Get Quotes then reports it pending', async () => {
		const id = await newShipment();
		env.logistics.setSettings({ asyncByKind: { inboundQuote: { pendingPolls: 5 } } });
		const started = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'requestQuotes',
				shipmentId: shipment(id),
				waitForResult: false,
			},
		});
		expectAccepted(started.requests);
		expect(started.requests).toHaveLength(1);
		expect(started.items[0].json).toMatchObject({ shipmentId: id, state: 'started', quotes: [] });
		const pending = await env.run({
			parameters: { resource: 'inbound', operation: 'getQuotes', shipmentId: shipment(id) },
		});
		expect(pending.items[0].json).toMatchObject({ state: 'pending', quotes: [] });
	});

	it('a 202 "still pending" answer counts as pending, and a failed quoting ends the wait and is reported', async () => {
		const id = await newShipment();
		env.logistics.setSettings({
			asyncPendingStatus: 202,
			asyncByKind: { inboundQuote: { pendingPolls: 2, outcome: 'failure' } },
		});
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'requestQuotes',
				shipmentId: shipment(id),
				...fast,
			},
		});
		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([200, 202, 202, 200]);
		expect(items[0].json).toMatchObject({ state: 'failed', error: { code: 'NO_RATES' } });
	});

	it('timeout: the item fails after the timeout, saying how to get the quotes later', async () => {
		const id = await newShipment();
		const { error } = await runPastWaitTimeout(
			env,
			'inboundQuote',
			{ resource: 'inbound', operation: 'requestQuotes', shipmentId: shipment(id) },
			'get_inbounding_shipment_quote_result',
		);
		expect(error?.message).toMatch(
			new RegExp(
				`The quote request of inbound shipment ${id} was not ready after .* checks\\) \\[item 0\\]`,
			),
		);
		expect(error?.description).toMatch(
			new RegExp(`"Inbound Shipment → Get Quotes" for shipment ${id}`),
		);
	});

	it('Get Document waits for the file and downloads it as binary data', async () => {
		env.logistics.setSettings({ asyncByKind: { document: { pendingPolls: 2 } } });
		const id = fixtures().inboundShipmentId;
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'getDocument',
				shipmentId: shipment(id),
				binaryPropertyName: 'labels',
				...fast,
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(operationIds(requests)).toEqual(Array(3).fill('get_transfer_document_v2'));
		expect(requests[0].query).toMatchObject({
			documentOption: 'BOX_LABELS',
			documentFormat: 'PDF',
		});
		const file = items[0].binary?.labels;
		expect(file?.mimeType).toBe('application/pdf');
		expect(
			Buffer.from(file?.data ?? '', 'base64')
				.subarray(0, 5)
				.toString(),
		).toBe('%PDF-');
		expect(items[0].json).toMatchObject({
			shipmentId: String(id),
			ready: true,
			mimeType: 'application/pdf',
			fileName: expect.stringMatching(/BOX_LABELS\.PDF$/),
		});
	});

	it('Get Document without waiting or downloading returns the state and the link', async () => {
		env.logistics.setSettings({ asyncByKind: { document: { pendingPolls: 1 } } });
		const parameters = {
			resource: 'inbound',
			operation: 'getDocument',
			shipmentId: shipment(fixtures().inboundShipmentId),
			documentOption: 'PALLET_LABELS',
			waitForResult: false,
			download: false,
		};
		const first = await env.run({ parameters });
		expect(first.items[0].json).toMatchObject({ ready: false, url: '' });
		expect(first.items[0].binary).toBeUndefined();
		const second = await env.run({ parameters });
		expect(second.items[0].json).toMatchObject({
			ready: true,
			url: expect.stringContaining('/logistics/downloads/documents/'),
		});
		expect(second.items[0].binary).toBeUndefined();
	});

	describe('a file on another origin', () => {
		const files = useFileHost(env);

		it('is downloaded without the access token', async () => {
			const { host } = files;
			const credentialId = files.useFront();
			env.logistics.setSettings({ asyncByKind: { document: { pendingPolls: 0 } } });
			const { items, requests, error } = await env.run({
				credentialId,
				parameters: {
					resource: 'inbound',
					operation: 'getDocument',
					shipmentId: shipment(fixtures().inboundShipmentId),
					documentOption: 'COMMERCIAL_INVOICE',
					...fast,
				},
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(items[0].json.url).toMatch(new RegExp(`^${host.fileOrigin}/`));
			expect(items[0].binary?.data?.mimeType).toBe('application/pdf');
			expect(host.fileRequests).toHaveLength(1);
			expectNoCredentialArrived(host, env.logistics.accessToken);
		});
	});
});
