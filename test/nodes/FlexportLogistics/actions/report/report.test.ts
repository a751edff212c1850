/**
 * Reports against the simulator's state machine: Generate with Wait Until Ready (ready after N
 * checks, failed, timeout), the CSV as binary data — from another origin without the access
 * token — Get Status, and dates refused before sending.
 */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectNoCredentialArrived, useFileHost } from '../freight/fileHost';
import { expectAccepted, runPastWaitTimeout } from '../logisticsSuite';

const fast = { pollInterval: 0.1, waitTimeout: 20 };
const csvOf = (data: string | undefined) => Buffer.from(data ?? '', 'base64').toString('utf8');

describe('Report (asynchronous, against the simulator)', () => {
	const env = useLogisticsSimulator();
	const operationIds = (requests: Array<{ operationId: string | null }>) =>
		requests.map((request) => request.operationId);

	it('Generate waits until the report is ready (3 pending checks) and downloads the CSV', async () => {
		env.logistics.setSettings({ asyncByKind: { report: { pendingPolls: 3 } } });
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'report',
				operation: 'generate',
				reportType: 'Inventory-Levels_Today',
				additionalFields: { startDate: '2030-01-01', endDate: '2030-01-31T23:59:59Z' },
				...fast,
			},
			items: [{ day: 'monday' }],
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(operationIds(requests)).toEqual([
			'generate_report',
			...Array(4).fill('get_report_status'),
		]);
		const reportReference = String(items[0].json.reportReference);
		expect(requests[1].apiPath).toBe(`/reports/${reportReference}`);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toMatchObject({
			reportType: 'Inventory-Levels_Today',
			startDate: '2030-01-01T00:00:00.000Z',
			endDate: '2030-01-31T23:59:59.000Z',
			status: 'SUCCESS',
			url: expect.stringContaining(`/reports/${reportReference}.csv?signature=`),
			polls: 4,
			mimeType: 'text/csv',
			fileName: `${reportReference}.csv`,
			idempotency: { replayed: false },
		});
		const file = items[0].binary?.data;
		expect(file?.mimeType).toBe('text/csv');
		const csv = csvOf(file?.data);
		expect(csv.split('\n')[0]).toBe('logisticsSku,onHand,available,unavailable');
		expect(csv).toContain(String(env.logistics.fixtures.logisticsSku));
	});

	it('Wait Until Ready off: only the reference; Get Status reports it pending, then ready with the CSV', async () => {
		env.logistics.setSettings({ asyncByKind: { report: { pendingPolls: 1 } } });
		const started = await env.run({
			parameters: {
				resource: 'report',
				operation: 'generate',
				reportType: 'Orders-All_Orders',
				waitForResult: false,
			},
		});
		expect(started.error).toBeUndefined();
		expect(operationIds(started.requests)).toEqual(['generate_report']);
		const reportReference = String(started.items[0].json.reportReference);
		expect(started.items[0].json).toEqual({
			reportType: 'Orders-All_Orders',
			reportReference,
			idempotency: expect.objectContaining({ replayed: false }),
		});
		const status = () =>
			env.run({
				parameters: {
					resource: 'report',
					operation: 'getStatus',
					reportReference: { __rl: true, mode: 'id', value: reportReference },
					binaryPropertyName: 'report',
				},
			});
		const pending = await status();
		expectAccepted(pending.requests);
		expect(pending.items[0].json).toEqual({ reportReference, status: 'PENDING' });
		expect(pending.items[0].binary).toBeUndefined();
		const ready = await status();
		expect(ready.items[0].json).toMatchObject({ reportReference, status: 'SUCCESS' });
		expect(csvOf(ready.items[0].binary?.report?.data).split('\n')[0]).toBe(
			'orderId,externalOrderId,status,createdAt,lineItems',
		);
	});

	it('a report Flexport could not generate fails the item with its message', async () => {
		env.logistics.setSettings({ asyncByKind: { report: { pendingPolls: 1, outcome: 'failure' } } });
		const { error, items } = await env.run({
			parameters: {
				resource: 'report',
				operation: 'generate',
				reportType: 'Returns-All_Returns',
				...fast,
			},
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.error).toMatch(
			/^Flexport could not generate report rpt_\w+ \(Returns-All_Returns\): The report could not be generated \[item 0\]/,
		);
	});

	it('timeout: the item fails after the timeout, saying how to get the report later', async () => {
		const { error } = await runPastWaitTimeout(
			env,
			'report',
			{ resource: 'report', operation: 'generate', reportType: 'Parcel-All_Parcels' },
			'get_report_status',
		);
		expect(error?.message).toMatch(
			/^Report rpt_\w+ \(Parcel-All_Parcels\) was not ready after .* checks\) \[item 0\]/,
		);
		expect(error?.description).toMatch(/"Report → Get Status" for report rpt_\w+/);
	});

	it.each([
		[
			'an end before the start',
			{ additionalFields: { startDate: '2030-02-01', endDate: '2030-01-01' } },
			/"Additional Fields → End Date" is before "Additional Fields → Start Date" \[item 0\]/,
		],
		[
			'a start that is no date',
			{ additionalFields: { startDate: 'last monday' } },
			/"Additional Fields → Start Date" must be a date/,
		],
		[
			'a report type Flexport does not offer',
			{ reportType: '={{ "Orders-Everything" }}' },
			/"Report Type" must be one of Billing-Invoices, /,
		],
		[
			'a wait switch that is no boolean',
			{ waitForResult: '={{ "soon" }}' },
			/"Wait Until Ready" must be true or false/,
		],
	])('Generate refuses %s before sending', async (_case, change, message) => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'report',
				operation: 'generate',
				reportType: 'Orders-All_Orders',
				...change,
			},
		});
		expect(error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});

	describe('a CSV on another origin', () => {
		const files = useFileHost(env);

		it('is downloaded without the access token', async () => {
			const { host } = files;
			const credentialId = files.useFront();
			env.logistics.setSettings({ asyncByKind: { report: { pendingPolls: 1 } } });
			const { items, requests, error } = await env.run({
				credentialId,
				parameters: {
					resource: 'report',
					operation: 'generate',
					reportType: 'Products-All_SKUs_With_Alias_Counts',
					...fast,
				},
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(
				requests.every((request) => request.headers.authorization?.startsWith('Bearer ')),
			).toBe(true);
			expect(items[0].json.url).toMatch(
				new RegExp(`^${host.fileOrigin}/logistics/downloads/reports/`),
			);
			expect(csvOf(items[0].binary?.data?.data).split('\n')[0]).toBe(
				'logisticsSku,merchantSku,name',
			);
			expect(host.fileRequests).toHaveLength(1);
			const arrived = host.fileRequests[0];
			expect(arrived.url).toMatch(/\.csv\?signature=/);
			expectNoCredentialArrived(host, env.logistics.accessToken);
		});
	});
});
