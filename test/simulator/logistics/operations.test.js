'use strict';

// Every one of the 64 Logistics operations over real HTTP: a valid request gets its documented
// 2xx with a body valid against the spec's response schema; an invalid one gets a problem+json
// 400 whose detail names the offending field.

const { loadLogisticsSpec } = require('./spec');
const { operationCases } = require('./operation-cases');
const { startLogistics, call, responseProblems, problemProblems } = require('./test-client');

const OAUTH_REDIRECT = 'http://127.0.0.1:5678/rest/oauth2-credential/callback';

const spec = loadLogisticsSpec();
let sim;
const memo = {};
const served = new Set();
// The cases need the fixtures, which need a running simulator; build them from a seed run.
let cases = [];

beforeAll(async () => {
	sim = await startLogistics({ logistics: { settings: { async: { pendingPolls: 0 } } } });
	cases = operationCases(sim.logistics.fixtures, OAUTH_REDIRECT);
});

afterAll(async () => {
	console.log(`Logistics simulator: ${served.size} of ${spec.operations.length} operations served`);
	await sim.close();
});

/** Sends the case; `part` (the invalid variant) replaces the case's path, body or form. */
function send(testCase, part, memoNow) {
	const pick = (key) => (part[key] || testCase[key] || (() => undefined))(memoNow);
	return call(sim, pick('path'), {
		method: testCase.method || 'GET',
		body: part.form ? undefined : pick('body'),
		form: part.body ? undefined : pick('form'),
		token: testCase.token,
		redirect: testCase.redirect,
	});
}

describe('Logistics operations', () => {
	it('has one case per operation of the spec (64)', () => {
		const fixtures = {
			logisticsSku: 'D0000000000',
			inboundShipmentId: 1,
			bolId: 'SL0000000',
			portId: 'LAX',
		};
		const ids = operationCases(fixtures, OAUTH_REDIRECT).map((testCase) => testCase.op);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.sort()).toEqual(spec.operations.map((operation) => operation.operationId).sort());
		expect(spec.operations).toHaveLength(64);
	});

	// Jest collects tests before beforeAll runs, so the 64 tests index into `cases` lazily.
	const names = operationCases(
		{ logisticsSku: 'D0000000000', inboundShipmentId: 1, bolId: 'SL0000000', portId: 'LAX' },
		OAUTH_REDIRECT,
	).map((testCase) => testCase.op);
	names.forEach((name, index) => {
		it(`${name}: rejects an invalid request and serves a valid one`, async () => {
			const testCase = cases[index];
			const operation = spec.byId.get(testCase.op);

			const rejected = await send(testCase, testCase.invalid, memo);
			expect(rejected.status).toBe(400);
			expect(rejected.headers.get('content-type')).toBe('application/problem+json');
			expect(rejected.json.detail).toContain(testCase.invalid.field);
			expect(problemProblems(400, rejected.json)).toEqual([]);

			const answered = await send(testCase, testCase, memo);
			const expected = testCase.redirect === 'manual' ? 301 : operation.successStatus;
			if (answered.status !== expected) throw new Error(`${answered.status}: ${answered.text}`);
			expect(answered.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
			if (answered.json !== undefined)
				expect(responseProblems(testCase.op, answered.json)).toEqual([]);
			if (testCase.remember) testCase.remember(answered.json, memo, answered.headers);
			served.add(testCase.op);
		});
	});
});
