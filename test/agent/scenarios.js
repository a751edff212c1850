'use strict';

/**
 * The scripted model's scenarios for the Flexport agent tools (e2e tests and the `npm start` demo).
 * Each reads what it needs from the user's prompt, as a model would, so the same script works on
 * any data: the prompts are built by the `prompts` helpers below.
 *
 * Tools (n8n names a tool after its node; see ./workflows.js):
 *   Find_Shipments({purchase_order, limit})   shipment › Get Many, filtered by purchase order
 *   Get_Shipment({shipment_id})               shipment › Get, legs resolved
 *   Update_Shipment_Metadata({shipment_id, metadata})
 */

const TOOLS = {
	find: 'Find_Shipments',
	get: 'Get_Shipment',
	update: 'Update_Shipment_Metadata',
};

const prompts = {
	findByName: (name) =>
		`What is the status of the shipment named "${name}", and what are its legs?`,
	badId: (id, purchaseOrder) =>
		`What is the status of shipment ${id}? It belongs to purchase order ${purchaseOrder}.`,
	tag: (id, key, value) => `Tag shipment ${id} with ${key}=${value}.`,
};

/** A tool result as records (n8n hands a list of the node's output items). */
const records = (data) => (Array.isArray(data) ? data : data ? [data] : []);

/** Whether a tool result is an error the model can act on: it names the problem and a next step. */
function actionableError(text) {
	return /error/i.test(text) && /(list|find|search|get many)\b/i.test(text);
}

const place = (node) => node?.place?.name ?? node?.name ?? node?.place ?? '?';

function describeLegs(legs) {
	return records(legs)
		.map(
			(leg) =>
				`${place(leg.origin)} → ${place(leg.destination)} (${leg.transportation_mode ?? '?'})`,
		)
		.join('; ');
}

const findByName = {
	name: 'find-by-name',
	match: /shipment named "([^"]+)"/,
	steps: [
		{
			tool: TOOLS.find,
			args: (ctx) => {
				const name = ctx.userText.match(/shipment named "([^"]+)"/)[1];
				const purchaseOrder = name.match(/PO-[\w-]+/)?.[0];
				if (!purchaseOrder) throw new Error(`the name "${name}" holds no purchase order number`);
				return { purchase_order: purchaseOrder, limit: 10 };
			},
		},
		{
			tool: TOOLS.get,
			args: (ctx) => {
				const name = ctx.userText.match(/shipment named "([^"]+)"/)[1];
				const found = records(ctx.lastResult()).find((shipment) => shipment.name === name);
				if (!found)
					throw new Error(`no shipment named "${name}" in ${ctx.lastText().slice(0, 300)}`);
				return { shipment_id: String(found.id) };
			},
		},
		{
			answer: (ctx) => {
				const [shipment] = records(ctx.lastResult());
				const sameName = records(ctx.results[0].data).filter((s) => s.name === shipment.name);
				return `Shipment ${shipment.id} "${shipment.name}" (1 of ${sameName.length} with that name) has status ${shipment.status}. Legs: ${describeLegs(shipment.legs)}.`;
			},
		},
	],
};

const badId = {
	name: 'bad-id',
	match: /status of shipment (\d+)\? It belongs to purchase order (\S+)\./,
	steps: [
		{ tool: TOOLS.get, args: (ctx) => ({ shipment_id: ctx.userText.match(/shipment (\d+)/)[1] }) },
		{
			// Recover only on an error text that says what to do next; otherwise say what came back.
			tool: TOOLS.find,
			args: (ctx) => {
				if (!actionableError(ctx.lastText()))
					throw new Error(`cannot recover: the tool returned ${JSON.stringify(ctx.lastText())}`);
				return { purchase_order: ctx.userText.match(/purchase order (\S+)\./)[1], limit: 10 };
			},
		},
		{
			answer: (ctx) => {
				const id = ctx.userText.match(/shipment (\d+)/)[1];
				const found = records(ctx.lastResult());
				return `There is no shipment ${id}. Shipments of that purchase order: ${found.map((s) => `${s.id} (${s.status})`).join(', ')}.`;
			},
		},
	],
};

const tag = {
	name: 'tag',
	match: /Tag shipment (\d+) with ([\w-]+)=([\w-]+)\./,
	steps: [
		{
			tool: TOOLS.update,
			args: (ctx) => {
				const [, id, key, value] = ctx.userText.match(
					/Tag shipment (\d+) with ([\w-]+)=([\w-]+)\./,
				);
				return { shipment_id: id, metadata: { [key]: [value] } };
			},
		},
		{
			answer: (ctx) => {
				const [shipment] = records(ctx.lastResult());
				if (!shipment || shipment.error) return `The update failed: ${ctx.lastText()}`;
				return `Shipment ${shipment.id} now has the tags ${JSON.stringify(shipment.metadata)}.`;
			},
		},
	],
};

const SCENARIOS = [findByName, badId, tag];

/** For the demo (a chat may say anything): what this scripted model can answer. Match it last. */
const DEMO_HELP = {
	name: 'help',
	match: () => true,
	steps: [
		{
			answer: [
				'I am a scripted stand-in for a real model, so I only follow these scripts:',
				`- ${prompts.findByName('Bamboo Cutting Board - PO-24043')}`,
				`- ${prompts.badId('999999', 'PO-24043')}`,
				`- ${prompts.tag('200120', 'priority', 'high')}`,
				'Connect a real OpenAI-compatible model to the agent to ask anything else.',
			].join('\n'),
		},
	],
};

module.exports = { SCENARIOS, DEMO_HELP, TOOLS, prompts, actionableError, describeLegs };
