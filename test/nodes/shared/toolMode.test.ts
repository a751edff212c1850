import type { INode } from 'n8n-workflow';

import {
	runsAsTool,
	TOOL_MAX_RESULTS,
	toolCappedLimit,
	toolErrorResult,
	type ToolSubject,
} from '../../../nodes/shared/toolMode';

const context = (type: string) => ({ getNode: () => ({ type }) as INode });
const asTool = context('n8n-nodes-flexport.flexportTool');
const asNode = context('n8n-nodes-flexport.flexport');

describe('tool mode (both nodes)', () => {
	it('is on when n8n runs the tool variant of the node (type + "Tool")', () => {
		expect(runsAsTool(asTool)).toBe(true);
		expect(runsAsTool(context('n8n-nodes-flexport.flexportLogisticsTool'))).toBe(true);
		expect(runsAsTool(asNode)).toBe(false);
		expect(runsAsTool(context('n8n-nodes-flexport.flexportLogistics'))).toBe(false);
	});

	it('caps a list call at TOOL_MAX_RESULTS as a tool, Return All included; leaves the node alone', () => {
		expect(TOOL_MAX_RESULTS).toBe(50);
		expect(toolCappedLimit(asTool, undefined)).toBe(50);
		expect(toolCappedLimit(asTool, 500)).toBe(50);
		expect(toolCappedLimit(asTool, 7)).toBe(7);
		expect(toolCappedLimit(asNode, undefined)).toBeUndefined();
		expect(toolCappedLimit(asNode, 500)).toBe(500);
	});

	it('says on a 404 where a valid ID comes from, in the subject the node names', () => {
		const step = (subject: ToolSubject) =>
			toolErrorResult({ message: 'm', httpCode: '404' }, subject).next_step;
		expect(step({ noun: 'inbound shipment' })).toBe(
			'No inbound shipment has that ID in this Flexport account. List inbound shipments first to find a valid ID, then call this tool again with it.',
		);
		expect(step({ noun: 'inventory' })).toContain('List inventories first');
		expect(step({ noun: 'freight order or quote', plural: 'freight orders and quotes' })).toBe(
			'No freight order or quote has that ID in this Flexport account. List freight orders and quotes first to find a valid ID, then call this tool again with it.',
		);
		// Where the tool has no list, it must not send the model to one.
		const unlisted = step({ noun: 'order', listable: false });
		expect(unlisted).toBe(
			'No order has that ID in this Flexport account. This tool cannot list orders: ask the user for the right ID, then call this tool again with it.',
		);
		expect(unlisted).not.toMatch(/List orders/);
	});

	it('says whether to fix the input, retry later or stop, by status', () => {
		const step = (httpCode?: string) =>
			toolErrorResult({ message: 'm', description: null, httpCode }, { noun: 'booking' }).next_step;
		expect(step('400')).toMatch(/^Flexport rejected the inputs\. Fix the fields/);
		expect(step('403')).toMatch(/Do not retry; tell the user to check the credential/);
		expect(step('423')).toMatch(/account is locked\. Do not retry/);
		expect(step('429')).toMatch(/Try once more later/);
		expect(step('503')).toMatch(/Try once more later/);
		expect(step(undefined)).toMatch(/^Fix the input named in the error/);
		expect(
			toolErrorResult({ message: 'm', description: null }, { noun: 'booking' }),
		).not.toHaveProperty('description');
	});
});
