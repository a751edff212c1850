import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord } from '../freightSuite';

describe('Booking → Get Many, filters of the current v2 pages (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	it('Name is sent as f.name and finds that booking', async () => {
		const booking = await firstRecord(env, 'booking');
		const { items, requests } = await env.run({
			parameters: {
				resource: 'booking',
				operation: 'getAll',
				returnAll: true,
				filters: { name: booking.name },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query['f.name']).toBe(booking.name);
		expect(items.map((item) => item.json.id)).toEqual([booking.id]);
	});
});
