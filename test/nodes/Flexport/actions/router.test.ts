import type { IDataObject } from 'n8n-workflow';

import { useSimulator } from '../../../harness/simulatorFixture';

/**
 * Tool mode in n8n-core's engine: the node runs as `n8n-nodes-flexport.flexportTool`, the type an
 * AI Agent or MCP Server Trigger gives it. Failures come back as the tool's result, lists are capped.
 */
describe('router as an AI tool (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	const getShipment = (id: string, extra: IDataObject = {}) => ({
		resource: 'shipment',
		operation: 'get',
		shipmentId: { __rl: true, mode: 'id', value: id },
		...extra,
	});

	it('answers a 404 with an error result that says what to do next, instead of failing', async () => {
		const { items, error, requests } = await env.run({
			parameters: getShipment('999999'),
			asTool: true,
		});
		expect(error).toBeUndefined();
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(
			requests.map(() => 'GET /shipments/999999'),
		);
		expect(requests.at(-1)?.status).toBe(404);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json).toEqual({
			error: expect.stringContaining('HTTP 404 to GET /shipments/999999'),
			description: expect.stringContaining('Check the ID'),
			next_step: expect.stringContaining('List shipments first to find a valid ID'),
		});
	});

	it('as a node, the same 404 still fails the run (behaviour unchanged)', async () => {
		const { items, error } = await env.run({ parameters: getShipment('999999') });
		expect(error?.message).toContain('HTTP 404');
		expect(items).toHaveLength(0);
	});

	it('answers bad input with the field it names, before any request is sent', async () => {
		const { items, error, requests } = await env.run({
			// An expression, as $fromAI() is: n8n checks the locator's pattern only on literal values.
			parameters: getShipment("={{ 'shipment two' }}"),
			asTool: true,
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(0);
		expect(items[0].json.error).toMatch(/must be a numeric Flexport ID, but got "shipment two"/);
		expect(items[0].json.next_step).toMatch(/^Fix the input named in the error/);
	});

	it('caps Return All and large limits at 50 records, and keeps smaller limits', async () => {
		const list = (extra: IDataObject) => ({
			resource: 'shipment',
			operation: 'getAll',
			filters: {},
			...extra,
		});
		const all = await env.run({ parameters: list({ returnAll: true }), asTool: true });
		expect(all.items).toHaveLength(50);
		const many = await env.run({ parameters: list({ returnAll: false, limit: 80 }), asTool: true });
		expect(many.items).toHaveLength(50);
		const few = await env.run({ parameters: list({ returnAll: false, limit: 3 }), asTool: true });
		expect(few.items).toHaveLength(3);
		const asNode = await env.run({ parameters: list({ returnAll: true }) });
		expect(asNode.items.length).toBeGreaterThan(50);
	});

	it('simplifies a Get with resolved legs (the node outputs it whole)', async () => {
		const parameters = getShipment('200003', { options: { resolveLinks: 'legs' } });
		const tool = await env.run({ parameters, asTool: true });
		const node = await env.run({ parameters });
		const compact = tool.items[0].json;
		const whole = node.items[0].json;
		expect(whole._object).toBe('/shipment');
		expect((whole.legs as IDataObject[])[0]._object).toBe('/shipment_leg');
		expect(compact._object).toBeUndefined();
		const legs = compact.legs as IDataObject[];
		expect(legs.length).toBe((whole.legs as IDataObject[]).length);
		expect(legs[0]._object).toBeUndefined();
		expect(legs[0].shipment_id).toBe(200003);
		expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(whole).length);
	});
});
