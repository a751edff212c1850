/**
 * The Logistics node as an AI tool in n8n-core's engine: it runs as
 * `n8n-nodes-flexport.flexportLogisticsTool`, the type an AI Agent or MCP Server Trigger gives it.
 * Failures come back as the tool's result with a next step (nodes/shared/toolMode.ts); as a node,
 * the same failures still fail the run.
 */
import type { IDataObject } from 'n8n-workflow';

import { FlexportLogistics } from '../../../../nodes/FlexportLogistics/FlexportLogistics.node';
import {
	LOGISTICS_NODE_TYPE,
	logisticsCredentialData,
	registerLogisticsTestNode,
	useLogisticsSimulator,
} from '../../../harness/logisticsFixture';

const TOOL_TYPE = `${LOGISTICS_NODE_TYPE}Tool`;
registerLogisticsTestNode(TOOL_TYPE, new FlexportLogistics());

const getInbound = (id: string) => ({
	resource: 'inbound',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: id },
});

describe('Logistics router as an AI tool (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const runAsTool = async (parameters: IDataObject, extra: IDataObject = {}) =>
		await env.run({ parameters, nodeType: TOOL_TYPE, ...extra });

	it('answers a 404 with an error result that says what to do next, instead of failing', async () => {
		const { items, error, requests } = await runAsTool(getInbound('99999999'));
		expect(error).toBeUndefined();
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.at(-1)).toMatchObject({ method: 'GET', status: 404, validationErrors: [] });
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toEqual({
			error: expect.stringMatching(/HTTP 404/),
			description: expect.stringContaining('check the ID'),
			next_step:
				'No inbound shipment has that ID in this Flexport account. List inbound shipments first to find a valid ID, then call this tool again with it.',
		});
	});

	it('as a node, the same 404 still fails the run (behaviour unchanged)', async () => {
		const { items, error } = await env.run({ parameters: getInbound('99999999') });
		expect(error?.message).toMatch(/HTTP 404/);
		expect(items).toHaveLength(0);
	});

	it('does not send the model to a list the node lacks (orders have none)', async () => {
		const { items, error } = await runAsTool({
			resource: 'order',
			operation: 'get',
			orderId: { __rl: true, mode: 'externalId', value: 'NO-SUCH-ORDER-7' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json.error).toMatch(/HTTP 404/);
		expect(items[0].json.next_step).toBe(
			'No order has that ID in this Flexport account. This tool cannot list orders: ask the user for the right ID, then call this tool again with it.',
		);
	});

	it('a rejected token becomes a result that says to stop, with no token in it', async () => {
		const badToken = 'sim_lgx_not-a-real-token-for-the-tool';
		env.store.set(
			'logistics-bad',
			'flexportLogisticsApi',
			logisticsCredentialData(env.sim, badToken) as never,
		);
		const parameters = { resource: 'product', operation: 'getAll', limit: 3 };
		const tool = await runAsTool(parameters, { credentialId: 'logistics-bad' });
		expect(tool.error).toBeUndefined();
		expect(tool.requests.at(-1)?.status).toBe(401);
		expect(tool.items).toHaveLength(1);
		expect(tool.items[0].json.error).toMatch(/HTTP 401/);
		expect(tool.items[0].json.next_step).toMatch(/Do not retry; tell the user to check/);
		const output = JSON.stringify(tool.items);
		for (const secret of [badToken, env.logistics.accessToken])
			expect(output).not.toContain(secret);

		const node = await env.run({ parameters, credentialId: 'logistics-bad' });
		expect(node.error?.message).toMatch(/HTTP 401/);
		expect(node.items).toHaveLength(0);
	});

	it('answers bad input with the field it names, before any request; other items still run', async () => {
		const { items, error, requests } = await runAsTool(
			{
				resource: 'inbound',
				operation: 'get',
				// An expression, as $fromAI() is: n8n checks the locator's pattern only on literal values.
				shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			{ items: [{ id: 'shipment two' }, { id: '99999999' }] },
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(items[0].json.error).toMatch(/shipment two/);
		expect(items[0].json.next_step).toMatch(/^Fix the input named in the error/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[1].json.next_step).toMatch(/^No inbound shipment has that ID/);
		expect(requests.every((request) => request.path.endsWith('/99999999'))).toBe(true);
	});

	it('caps Return All at 50 records as a tool; the node reads them all', async () => {
		const parameters = { resource: 'event', operation: 'getAll', returnAll: true };
		const count = Number(env.logistics.fixtures.eventCount);
		expect(count).toBeGreaterThan(50);
		const tool = await runAsTool(parameters);
		expect(tool.error).toBeUndefined();
		expect(tool.items).toHaveLength(50);
		const node = await env.run({ parameters });
		expect(node.items).toHaveLength(count);
	});
});
