/** Upload targets through n8n-core against the Logistics simulator. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

describe('Upload (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const parameters = {
		resource: 'upload',
		operation: 'createTarget',
		resourceType: 'CLAIM_PROOF',
		filename: 'damage-photo.jpg',
		fileSize: 48213,
		mimeType: 'image/jpeg',
	};

	it('createTarget: POST /uploads answers with the URL and form fields, also as one object', async () => {
		const { items, requests, error } = await env.run({ parameters });
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({ method: 'POST', operationId: 'create_upload_target' });
		const target = items[0].json;
		expect(target.url).toMatch(/\/logistics\/uploads$/);
		expect(target.fields).toEqual(
			expect.arrayContaining([{ name: 'Content-Type', value: 'image/jpeg' }]),
		);
		expect(target.formFields).toMatchObject({
			key: expect.stringMatching(/^claim_proof\/\d+\/damage-photo\.jpg$/),
			'Content-Type': 'image/jpeg',
			policy: expect.any(String),
		});
		expect(target.idempotency).toMatchObject({ replayed: false });
	});

	it.each([
		[
			'a file name with a folder',
			{ filename: 'a/b.jpg' },
			/"File Name" must be a file name without a folder/,
		],
		['a size of 0', { fileSize: 0 }, /"File Size \(Bytes\)" must be at least 1/],
		[
			'a MIME type that is none',
			{ mimeType: 'jpeg' },
			/"MIME Type" must be a type such as application\/pdf/,
		],
		[
			'an unknown resource type',
			{ resourceType: '={{ "OTHER" }}' },
			/"Resource Type" must be one of CLAIM_PROOF/,
		],
	])('refuses %s before sending', async (_case, change, message) => {
		const { error, requests } = await env.run({ parameters: { ...parameters, ...change } });
		expect(error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});
});
