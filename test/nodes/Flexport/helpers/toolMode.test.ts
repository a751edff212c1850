import type { INode } from 'n8n-workflow';

import {
	runsAsTool,
	TOOL_MAX_RESULTS,
	toolCappedLimit,
	toolErrorResult,
} from '../../../../nodes/Flexport/helpers/toolMode';

const context = (type: string) => ({ getNode: () => ({ type }) as INode });
const asTool = context('n8n-nodes-flexport.flexportTool');
const asNode = context('n8n-nodes-flexport.flexport');

describe('tool mode', () => {
	it('is on when n8n runs the tool variant of the node (type + "Tool")', () => {
		expect(runsAsTool(asTool)).toBe(true);
		expect(runsAsTool(context('n8n-nodes-flexport.flexportLogisticsTool'))).toBe(true);
		expect(runsAsTool(asNode)).toBe(false);
	});

	it('caps a list call at TOOL_MAX_RESULTS as a tool, Return All included; leaves the node alone', () => {
		expect(TOOL_MAX_RESULTS).toBe(50);
		expect(toolCappedLimit(asTool, undefined)).toBe(50);
		expect(toolCappedLimit(asTool, 500)).toBe(50);
		expect(toolCappedLimit(asTool, 7)).toBe(7);
		expect(toolCappedLimit(asNode, undefined)).toBeUndefined();
		expect(toolCappedLimit(asNode, 500)).toBe(500);
	});

	it('turns a 404 into a result that says which list to call first', () => {
		const result = toolErrorResult(
			{
				message: 'Flexport answered HTTP 404 to GET /shipments/999999',
				description: 'Check the ID: Flexport found no such object for this account.',
				httpCode: '404',
			},
			'shipment',
		);
		expect(result).toEqual({
			error: 'Flexport answered HTTP 404 to GET /shipments/999999',
			description: 'Check the ID: Flexport found no such object for this account.',
			next_step:
				'No shipment has that ID in this Flexport account. List shipments first to find a valid ID, then call this tool again with it.',
		});
		expect(toolErrorResult({ message: 'x', httpCode: '404' }, 'companyEntity').next_step).toContain(
			'List company entities first',
		);
		expect(toolErrorResult({ message: 'x', httpCode: '404' }, 'customApiCall').next_step).toContain(
			'List objects first',
		);
	});

	it('says whether to fix the input, retry later or stop, by status', () => {
		const step = (httpCode?: string) =>
			toolErrorResult({ message: 'm', description: null, httpCode }, 'booking').next_step;
		expect(step('400')).toMatch(/^Flexport rejected the inputs\. Fix the fields/);
		expect(step('403')).toMatch(/Do not retry; tell the user to check the credential/);
		expect(step('429')).toMatch(/Try once more later/);
		expect(step('503')).toMatch(/Try once more later/);
		expect(step(undefined)).toMatch(/^Fix the input named in the error/);
		expect(toolErrorResult({ message: 'm', description: null }, 'booking')).not.toHaveProperty(
			'description',
		);
	});
});
