/**
 * The cross-process protocol, interleaving by interleaving: three simulated n8n processes share one
 * stored credential (test/credentials/token/fleet.ts). Counts are token requests Flexport saw.
 */
import { FAILURE_COOLDOWN_MS, CLAIM_TIMEOUT_MS } from '../../../credentials/token/tokenLease';
import { Fleet, type Outcome } from './fleet';

const ok = (outcomes: Outcome[]) => outcomes.filter((outcome) => outcome.status === 200).length;
const errors = (outcomes: Outcome[]) =>
	outcomes.flatMap((outcome) => (outcome.error ? [outcome.error.message] : []));

async function withToken(fleet: Fleet) {
	await fleet.clock.run(fleet.processes[0].request());
	return fleet.row.token!;
}

describe('token refresh coordinated across processes', () => {
	it('first use: 3 cold processes × 8 requests, empty credential -> 1 token request', async () => {
		const fleet = new Fleet(3);
		const outcomes = await fleet.burst(8);
		expect(errors(outcomes)).toEqual([]);
		expect(ok(outcomes)).toBe(24);
		expect(fleet.flexport.tokenRequests).toHaveLength(1);
		expect(fleet.row.token?.requests).toHaveLength(1);
		expect(fleet.row.lease?.claim).toBeUndefined();
	});

	it('first use on a loaded fleet (stores take 600–800 ms): a claim settles after it shows up -> 1 token request', async () => {
		const fleet = new Fleet(3);
		fleet.processes.forEach((process, i) => (process.writeLatencyMs = 600 + i * 100));
		const outcomes = await fleet.burst(8);
		expect(errors(outcomes)).toEqual([]);
		expect(fleet.flexport.tokenRequests).toHaveLength(1);
	});

	it.each([50, 1500])(
		'revoked token met by every process at once (token endpoint %i ms) -> 1 new token',
		async (latency) => {
			const fleet = new Fleet(3);
			const first = await withToken(fleet);
			fleet.flexport.tokenLatencyMs = latency;
			fleet.flexport.revokeAll();
			const outcomes = await fleet.burst(5);
			expect(errors(outcomes)).toEqual([]);
			expect(fleet.flexport.tokenRequests).toHaveLength(2);
			expect(fleet.row.token?.accessToken).not.toBe(first.accessToken);
			// The stored history counts every request Flexport saw.
			expect(fleet.row.token?.requests).toEqual(fleet.flexport.tokenRequests);
		},
	);

	it('the settle time decides: a later claim wins and the earlier claimant waits for its token', async () => {
		const fleet = new Fleet(3);
		await withToken(fleet);
		fleet.flexport.revokeAll();
		// p2's 401 arrives 150 ms after the others (slower network): its claim is the last one written.
		fleet.processes[2].apiLatencyMs = 170;
		const outcomes = await fleet.burst(2);
		expect(errors(outcomes)).toEqual([]);
		expect(fleet.flexport.tokenRequests).toHaveLength(2);
	});

	it('steady state: a valid token costs no token request, no write and no extra API request', async () => {
		const fleet = new Fleet(3);
		await withToken(fleet);
		const writes = fleet.row.writes;
		const apiBefore = fleet.flexport.apiRequests;
		const outcomes = await fleet.burst(30);
		expect(ok(outcomes)).toBe(90);
		expect(fleet.flexport.apiRequests - apiBefore).toBe(90);
		expect(fleet.flexport.tokenRequests).toHaveLength(1);
		expect(fleet.row.writes).toBe(writes);
	});

	it('a token near its end is replaced once, before it lapses, under continuous load; none sent expired', async () => {
		const fleet = new Fleet(3);
		fleet.flexport.lifetimeS = 60;
		const first = await withToken(fleet);
		const load = fleet.processes.map(async (process, index) => {
			await fleet.clock.sleep(index * 130);
			for (let i = 0; i < 160; i++) {
				await process.request();
				await fleet.clock.sleep(400);
			}
		});
		await fleet.clock.run(Promise.all(load));
		const during = fleet.flexport.tokenRequests.filter((at) => at < first.expiresAt);
		expect(during).toHaveLength(2); // the first token, then exactly 1 replacement
		// In the old token's last 10–20 % (plus a settle time), while it could still be sent.
		expect(during[1]).toBeGreaterThanOrEqual(first.expiresAt - 12_000);
		expect(during[1]).toBeLessThan(first.expiresAt - 3_000);
		expect(fleet.flexport.refusedTokens).toEqual([]);
	});

	it('a claimant that dies before its token arrives blocks the others only until its claim times out', async () => {
		const fleet = new Fleet(3);
		await withToken(fleet);
		fleet.flexport.revokeAll();
		fleet.flexport.hangTokenRequests = 1; // p0 asks and never hears back (killed)
		const [victim, ...others] = fleet.processes;
		void victim.request().catch(() => undefined);
		await fleet.clock.run(fleet.clock.sleep(2_000));
		expect(fleet.flexport.tokenRequests).toHaveLength(2);
		const startedAt = fleet.clock.now();
		const outcomes = await fleet.clock.run(
			Promise.all(others.map(async (process) => await process.request())),
		);
		const waited = fleet.clock.now() - startedAt;
		expect(outcomes).toEqual([200, 200]);
		expect(fleet.flexport.tokenRequests).toHaveLength(3);
		expect(waited).toBeLessThanOrEqual(CLAIM_TIMEOUT_MS + 3_000);
	});

	it('the budget: the 11th request of a day is never sent, from any process, and the error names it', async () => {
		const fleet = new Fleet(3);
		for (let round = 0; round < 10; round++) {
			fleet.flexport.revokeAll();
			const outcomes = await fleet.burst(2);
			expect({ round, errors: errors(outcomes) }).toEqual({ round, errors: [] });
		}
		expect(fleet.flexport.tokenRequests).toHaveLength(10);
		expect(fleet.row.token?.requests).toHaveLength(10);
		fleet.flexport.revokeAll();
		const outcomes = await fleet.burst(3);
		expect(fleet.flexport.tokenRequests).toHaveLength(10);
		expect(errors(outcomes)).toHaveLength(9);
		for (const message of errors(outcomes)) expect(message).toMatch(/allows 10 token requests/);
	});

	it('a budget error while another process has just stored a valid token: that token is used', async () => {
		const fleet = new Fleet(2);
		const token = await withToken(fleet);
		const day = Array.from({ length: 10 }, (_, i) => fleet.clock.now() - 3_600_000 + i);
		const spent = { v: 1, clientKey: token.clientKey, requests: day };
		fleet.row.fields.managedToken = '';
		fleet.row.fields.managedTokenLease = JSON.stringify(spent);
		const [, late] = fleet.processes;
		const request = late.request();
		// While `late` meets the spent budget, the other process stores the token it holds.
		void fleet.clock.sleep(100).then(() => {
			fleet.row.fields.managedToken = JSON.stringify({ ...token, requests: day });
		});
		expect(await fleet.clock.run(request)).toBe(200);
		expect(fleet.flexport.tokenRequests).toHaveLength(1);
	});

	it('a failed token request is reported to every waiting process, then retried after the cool-down', async () => {
		const fleet = new Fleet(3);
		fleet.flexport.tokenFaults.push({ status: 503, body: { error: 'server_error' } });
		const failed = await fleet.burst(3);
		expect(fleet.flexport.tokenRequests).toHaveLength(1);
		expect(fleet.flexport.apiRequests).toBe(0); // nobody sent a request without a token
		expect(errors(failed)).toHaveLength(9);
		for (const message of errors(failed)) expect(message).toMatch(/HTTP 503 server_error/);
		await fleet.clock.run(fleet.clock.sleep(FAILURE_COOLDOWN_MS));
		const outcomes = await fleet.burst(3);
		expect(errors(outcomes)).toEqual([]);
		expect(fleet.flexport.tokenRequests).toHaveLength(2);
		expect(fleet.row.token?.requests).toHaveLength(2); // the failed attempt counts
	});

	it('a process holding the replaced token in memory does not bring it back over a claim', async () => {
		const fleet = new Fleet(2);
		const first = await withToken(fleet);
		await fleet.clock.run(fleet.processes[1].request()); // p1 has seen (and remembers) the first token
		fleet.flexport.revokeAll();
		await fleet.clock.run(fleet.processes[0].httpRequestWithAuthentication(true).catch(() => 0));
		expect(fleet.row.lease?.claim?.by).toBe('p0');
		await fleet.clock.run(fleet.processes[1].httpRequestWithAuthentication(true).catch(() => 0));
		expect(fleet.row.lease?.claim?.by).toBe('p0');
		expect(fleet.row.token?.accessToken).not.toBe(first.accessToken);
	});

	it('a read older than a claim may take is not used to write one: the request is sent again first', async () => {
		const fleet = new Fleet(3);
		await withToken(fleet);
		fleet.flexport.revokeAll();
		fleet.processes[2].apiLatencyMs = 2_500; // its 401 arrives long after the others have a new token
		const outcomes = await fleet.burst(2);
		expect(errors(outcomes)).toEqual([]);
		expect(fleet.flexport.tokenRequests).toHaveLength(2);
	});

	it('a caller that cannot wait (HTTP Request node, credential test) still gets a token on first use', async () => {
		const fleet = new Fleet(1);
		const outcomes = await fleet.burst(3, { canWait: false });
		expect(errors(outcomes)).toEqual([]);
		expect(fleet.flexport.tokenRequests).toHaveLength(1);
	});

	it("a caller that cannot wait meets another process's claim: a clear error, no token request", async () => {
		const fleet = new Fleet(2);
		await fleet.clock.run(fleet.processes[0].httpRequestWithAuthentication(true).catch(() => 0));
		expect(fleet.row.lease?.claim?.by).toBe('p0');
		const error = await fleet.clock.run(
			fleet.processes[1].request({ canWait: false }).catch((e: Error) => e),
		);
		expect(String(error)).toMatch(/Another n8n process is obtaining a new Flexport token/);
		expect(fleet.flexport.tokenRequests).toHaveLength(0);
	});
});
