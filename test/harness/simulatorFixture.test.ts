import { type SimulatedRequest, withoutTokenHandOver } from './simulatorFixture';

const request = (
	path: string,
	status: number,
	authorization?: string,
	method = 'GET',
): SimulatedRequest => ({
	method,
	path,
	query: {},
	headers: authorization ? { authorization } : {},
	body: undefined,
	status,
	operationId: null,
	validationErrors: [],
});

describe('withoutTokenHandOver', () => {
	it('leaves out one unauthenticated 401 that the same request, with a token, follows', () => {
		const replay = request('/shipments/1', 200, 'Bearer <redacted>');
		const next = request('/ocean/shipment_containers', 200, 'Bearer <redacted>');
		expect(withoutTokenHandOver([request('/shipments/1', 401), replay, next])).toEqual([
			replay,
			next,
		]);
	});

	it('keeps a 401 to a request that carried a token, and one no replay follows', () => {
		const rejected = [
			request('/shipments/1', 401, 'Bearer <redacted>'),
			request('/shipments/1', 200, 'Bearer <redacted>'),
		];
		expect(withoutTokenHandOver(rejected)).toEqual(rejected);
		const unanswered = [request('/shipments/1', 401), request('/bookings', 200, 'Bearer x')];
		expect(withoutTokenHandOver(unanswered)).toEqual(unanswered);
		const otherMethod = [
			request('/shipments/1', 401, undefined, 'PATCH'),
			request('/shipments/1', 200, 'Bearer x'),
		];
		expect(withoutTokenHandOver(otherMethod)).toEqual(otherMethod);
	});

	it('leaves out only the first hand-over of a run', () => {
		const requests = [
			request('/shipments/1', 401),
			request('/shipments/1', 200, 'Bearer a'),
			request('/shipments/2', 401),
			request('/shipments/2', 200, 'Bearer b'),
		];
		expect(withoutTokenHandOver(requests)).toEqual(requests.slice(1));
	});
});
