/**
 * Bulk parcel jobs against the simulator's state machine: Wait for Result (finished after N
 * polls, failed, timeout), the labels PDF as binary data, Get Bulk Job, bad parcels in the JSON.
 */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted, runPastWaitTimeout } from '../logisticsSuite';
import { bulkParcel } from './parcelInputs';

const fast = { pollInterval: 0.1, waitTimeout: 20 };

describe('Parcel bulk jobs (asynchronous, against the simulator)', () => {
	const env = useLogisticsSimulator();
	const operationIds = (requests: Array<{ operationId: string | null }>) =>
		requests.map((request) => request.operationId);
	const parcels = JSON.stringify([bulkParcel('BULK-1'), bulkParcel('BULK-2')]);

	it('Create Bulk Job waits until the job has finished (3 checks) and downloads its labels', async () => {
		env.logistics.setSettings({ asyncByKind: { parcelJob: { pendingPolls: 2 } } });
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'parcel',
				operation: 'createBulkJob',
				parcels,
				packslipRequired: true,
				binaryPropertyName: 'labels',
				...fast,
			},
			items: [{ batch: 'A' }],
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(operationIds(requests)).toEqual([
			'create_bulk_parcel_job',
			...Array(3).fill('get_bulk_parcel_job'),
		]);
		expect(requests[0].headers['idempotency-key']).toMatch(/^n8n-/);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		const job = items[0].json;
		expect(job).toMatchObject({
			status: 'COMPLETED',
			polls: 3,
			labelsUrl: expect.stringContaining('/logistics/downloads/labels/'),
			idempotency: { replayed: false },
			mimeType: 'application/pdf',
		});
		expect(
			(job.parcels as Array<Record<string, unknown>>).map((parcel) => parcel.parcelStatus),
		).toEqual(['OK', 'OK']);
		const file = items[0].binary?.labels;
		expect(file?.mimeType).toBe('application/pdf');
		expect(
			Buffer.from(file?.data ?? '', 'base64')
				.subarray(0, 5)
				.toString(),
		).toBe('%PDF-');
	});

	it('Wait for Result off: the job is only started; Get Bulk Job reads it later', async () => {
		env.logistics.setSettings({ asyncByKind: { parcelJob: { pendingPolls: 1 } } });
		const started = await env.run({
			parameters: { resource: 'parcel', operation: 'createBulkJob', parcels, waitForResult: false },
		});
		expect(started.error).toBeUndefined();
		expect(operationIds(started.requests)).toEqual(['create_bulk_parcel_job']);
		const jobId = String(started.items[0].json.jobId);
		expect(started.items[0].json).toMatchObject({ status: 'PENDING' });
		expect(started.items[0].binary).toBeUndefined();

		const read = (download: boolean) =>
			env.run({
				parameters: {
					resource: 'parcel',
					operation: 'getBulkJob',
					jobId: { __rl: true, mode: 'id', value: jobId },
					download,
				},
			});
		const pending = await read(true);
		expectAccepted(pending.requests);
		expect(pending.requests[0]).toMatchObject({ apiPath: `/parcels/jobs/${jobId}` });
		expect(pending.items[0].json).toMatchObject({ status: 'IN_PROGRESS' });
		expect(pending.items[0].binary).toBeUndefined();
		const done = await read(false);
		expect(done.items[0].json).toMatchObject({ status: 'COMPLETED', jobId: Number(jobId) });
		expect(done.items[0].binary).toBeUndefined();
	});

	it('a failed job ends the wait and is reported with its parcel errors, without labels', async () => {
		env.logistics.setSettings({
			asyncPendingStatus: 202,
			asyncByKind: { parcelJob: { pendingPolls: 1, outcome: 'failure' } },
		});
		const { items, requests, error } = await env.run({
			parameters: { resource: 'parcel', operation: 'createBulkJob', parcels, ...fast },
		});
		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([200, 202, 200]);
		expect(items[0].json).toMatchObject({ status: 'FAILED' });
		expect((items[0].json.parcels as Array<Record<string, unknown>>)[0].errorMessages).toMatch(
			/SERVICE_LEVEL_NOT_CONFIGURED/,
		);
		expect(items[0].binary).toBeUndefined();
	});

	it('timeout: the item fails after the timeout, saying how to get the job later', async () => {
		const { error } = await runPastWaitTimeout(
			env,
			'parcelJob',
			{ resource: 'parcel', operation: 'createBulkJob', parcels },
			'get_bulk_parcel_job',
		);
		expect(error?.message).toMatch(
			/^Bulk parcel job \d+ was not ready after .* checks\) \[item 0\]/,
		);
		expect(error?.description).toMatch(/"Parcel → Get Bulk Job" for job \d+/);
	});

	it.each([
		['an empty array', '[]', /"Parcels \(JSON\)" needs at least one parcel/],
		['not JSON', '[{', /"Parcels \(JSON\)" is not valid JSON/],
		[
			'a parcel without service level',
			JSON.stringify([{ ...bulkParcel('X'), serviceLevel: '' }]),
			/"Parcels \(JSON\), entry 1 → serviceLevel" is required/,
		],
		[
			'an unknown field',
			JSON.stringify([bulkParcel('X'), { ...bulkParcel('Y'), weight: 3 }]),
			/"Parcels \(JSON\), entry 2" has the field "weight"/,
		],
		[
			'an address without city',
			JSON.stringify([{ ...bulkParcel('X'), shipToAddress: { name: 'A', street1: 'B' } }]),
			/"Parcels \(JSON\), entry 1 → shipToAddress → city" is required/,
		],
		[
			'a length unit Flexport does not know',
			JSON.stringify([
				{
					...bulkParcel('X'),
					dimensions: { ...(bulkParcel('X').dimensions as object), lengthUnit: 'ft' },
				},
			]),
			/"Parcels \(JSON\), entry 1 → dimensions → Length Unit" must be one of in, cm, mm, m/,
		],
	])('refuses %s before sending, naming the entry and field', async (_case, value, message) => {
		const { error, requests } = await env.run({
			parameters: { resource: 'parcel', operation: 'createBulkJob', parcels: value },
		});
		expect(error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});
});
