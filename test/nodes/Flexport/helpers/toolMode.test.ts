import { freightToolSubject } from '../../../../nodes/Flexport/helpers/toolMode';
import { toolErrorResult } from '../../../../nodes/shared/toolMode';

describe('tool mode of the freight node', () => {
	it('turns a 404 into a result that says which list to call first', () => {
		const result = toolErrorResult(
			{
				message: 'Flexport answered HTTP 404 to GET /shipments/999999',
				description: 'Check the ID: Flexport found no such object for this account.',
				httpCode: '404',
			},
			freightToolSubject('shipment'),
		);
		expect(result).toEqual({
			error: 'Flexport answered HTTP 404 to GET /shipments/999999',
			description: 'Check the ID: Flexport found no such object for this account.',
			next_step:
				'No shipment has that ID in this Flexport account. List shipments first to find a valid ID, then call this tool again with it.',
		});
		expect(
			toolErrorResult({ message: 'x', httpCode: '404' }, freightToolSubject('companyEntity'))
				.next_step,
		).toContain('List company entities first');
		expect(
			toolErrorResult({ message: 'x', httpCode: '404' }, freightToolSubject('customApiCall'))
				.next_step,
		).toContain('List objects first');
	});
});
