'use strict';

/** The scripted model server speaks enough of the OpenAI protocol for n8n's chat model node. */

const { startModelServer, MODEL_ID } = require('./model-server');

const TOOLS = [
	{
		type: 'function',
		function: {
			name: 'Find_Shipments',
			description: 'List shipments',
			parameters: {
				type: 'object',
				properties: { purchase_order: { type: 'string' }, limit: { type: 'number' } },
				required: ['purchase_order'],
			},
		},
	},
	{
		type: 'function',
		function: {
			name: 'Get_Shipment',
			description: 'Get a shipment',
			parameters: {
				type: 'object',
				properties: { shipment_id: { type: 'string' } },
				required: ['shipment_id'],
			},
		},
	},
];

const FIND_THEN_GET = {
	name: 'find-then-get',
	match: 'PO-24043',
	steps: [
		{ tool: 'Find_Shipments', args: { purchase_order: 'PO-24043', limit: 5 } },
		{ tool: 'Get_Shipment', args: (ctx) => ({ shipment_id: String(ctx.lastResult()[0].id) }) },
		{ answer: (ctx) => `Shipment ${ctx.lastResult()[0].id} is ${ctx.lastResult()[0].status}` },
	],
};

let model;

beforeAll(async () => {
	model = await startModelServer({ scenarios: [FIND_THEN_GET] });
});

afterAll(async () => {
	await model.close();
});

beforeEach(() => model.reset());

async function chat(body, { key = model.apiKey, path = '/chat/completions' } = {}) {
	const res = await fetch(`${model.url}${path}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
		body: JSON.stringify({ model: MODEL_ID, tools: TOOLS, ...body }),
	});
	const text = await res.text();
	return {
		status: res.status,
		text,
		json: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
	};
}

const user = (content) => ({ role: 'user', content });
const toolTurn = (id, name, args, result) => [
	{
		role: 'assistant',
		content: null,
		tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }],
	},
	{ role: 'tool', tool_call_id: id, content: result },
];

/** Reassembles an SSE chat-completions stream into {content, toolCalls, finish, usage, done}. */
function parseStream(text) {
	const out = { content: '', toolCalls: [], finish: null, usage: null, done: false };
	for (const line of text.split('\n')) {
		if (!line.startsWith('data: ')) continue;
		const data = line.slice(6);
		if (data === '[DONE]') {
			out.done = true;
			continue;
		}
		const chunk = JSON.parse(data);
		expect(chunk.object).toBe('chat.completion.chunk');
		if (chunk.usage) out.usage = chunk.usage;
		for (const choice of chunk.choices) {
			if (choice.delta.content) out.content += choice.delta.content;
			for (const call of choice.delta.tool_calls || []) {
				const slot = (out.toolCalls[call.index] ??= { id: '', name: '', arguments: '' });
				if (call.id) slot.id = call.id;
				if (call.function?.name) slot.name = call.function.name;
				if (call.function?.arguments) slot.arguments += call.function.arguments;
			}
			if (choice.finish_reason) out.finish = choice.finish_reason;
		}
	}
	return out;
}

test('listens on 127.0.0.1 and lists its model', async () => {
	expect(model.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
	const res = await fetch(`${model.url}/models`, {
		headers: { authorization: `Bearer ${model.apiKey}` },
	});
	expect(res.status).toBe(200);
	const body = await res.json();
	expect(body.object).toBe('list');
	expect(body.data.map((m) => m.id)).toEqual([MODEL_ID]);
});

test('a wrong API key gets OpenAI-style 401', async () => {
	const res = await chat({ messages: [user('PO-24043')] }, { key: 'sk-wrong' });
	expect(res.status).toBe(401);
	expect(res.json.error.code).toBe('invalid_api_key');
});

test('the Responses API is refused with a message that says what to switch off', async () => {
	const res = await chat({ input: 'hi' }, { path: '/responses' });
	expect(res.status).toBe(404);
	expect(res.json.error.message).toMatch(/Use Responses API/);
});

test('step 1: the scripted tool call, as a non-streaming completion', async () => {
	const res = await chat({
		messages: [{ role: 'system', content: 'be brief' }, user('Where is PO-24043?')],
	});
	expect(res.status).toBe(200);
	const choice = res.json.choices[0];
	expect(choice.finish_reason).toBe('tool_calls');
	expect(choice.message.tool_calls).toHaveLength(1);
	expect(choice.message.tool_calls[0].function).toEqual({
		name: 'Find_Shipments',
		arguments: JSON.stringify({ purchase_order: 'PO-24043', limit: 5 }),
	});
	expect(res.json.usage.total_tokens).toBeGreaterThan(0);
	expect(model.requests[0].reply).toMatchObject({ scenario: 'find-then-get', step: 0 });
});

test('step 2 uses the first tool result; step 3 quotes the second', async () => {
	const first = toolTurn(
		'call_a',
		'Find_Shipments',
		{ purchase_order: 'PO-24043' },
		JSON.stringify([{ id: 200120 }]),
	);
	const second = await chat({ messages: [user('Where is PO-24043?'), ...first] });
	const call = second.json.choices[0].message.tool_calls[0];
	expect(call.function.name).toBe('Get_Shipment');
	expect(JSON.parse(call.function.arguments)).toEqual({ shipment_id: '200120' });

	// n8n may double-encode a tool result (a JSON string of a JSON string): still read as data.
	const got = JSON.stringify(JSON.stringify([{ id: 200120, status: 'departure_port' }]));
	const third = await chat({
		messages: [
			user('Where is PO-24043?'),
			...first,
			...toolTurn('call_b', 'Get_Shipment', { shipment_id: '200120' }, got),
		],
	});
	expect(third.json.choices[0].finish_reason).toBe('stop');
	expect(third.json.choices[0].message.content).toBe('Shipment 200120 is departure_port');
	expect(model.toolResults('find-then-get').map((r) => r.name)).toEqual([
		'Find_Shipments',
		'Get_Shipment',
	]);
});

test('stream: true answers the same as Server-Sent Events, with usage when asked', async () => {
	const res = await chat({
		stream: true,
		stream_options: { include_usage: true },
		messages: [user('Where is PO-24043?')],
	});
	expect(res.status).toBe(200);
	const streamed = parseStream(res.text);
	expect(streamed.done).toBe(true);
	expect(streamed.finish).toBe('tool_calls');
	expect(streamed.toolCalls).toEqual([
		{
			id: expect.stringMatching(/^call_/),
			name: 'Find_Shipments',
			arguments: JSON.stringify({ purchase_order: 'PO-24043', limit: 5 }),
		},
	]);
	expect(streamed.usage.total_tokens).toBeGreaterThan(0);

	const final = await chat({
		stream: true,
		messages: [
			user('Where is PO-24043?'),
			...toolTurn('c1', 'Find_Shipments', {}, '[{"id":1}]'),
			...toolTurn('c2', 'Get_Shipment', {}, '[{"id":1,"status":"in transit to the final port"}]'),
		],
	});
	const text = parseStream(final.text);
	expect(text.finish).toBe('stop');
	expect(text.content).toBe('Shipment 1 is in transit to the final port');
	expect(text.usage).toBeNull();
});

test('a tool the request does not offer, or arguments that miss the schema, end in a SCRIPT ERROR answer', async () => {
	const onlyGet = { tools: [TOOLS[1]], messages: [user('PO-24043')] };
	const unknownTool = await chat(onlyGet);
	expect(unknownTool.json.choices[0].message.content).toMatch(
		/SCRIPT ERROR: tool Find_Shipments is not offered; offered: Get_Shipment/,
	);

	const narrow = {
		...TOOLS[0],
		function: {
			...TOOLS[0].function,
			parameters: { type: 'object', properties: { po: { type: 'string' } }, required: ['po'] },
		},
	};
	const badArgs = await chat({ tools: [narrow], messages: [user('PO-24043')] });
	expect(badArgs.json.choices[0].message.content).toMatch(
		/missing po; unknown purchase_order, limit/,
	);
	expect(model.requests.map((r) => Boolean(r.reply.error))).toEqual([true, true]);
});

test('a prompt no scenario matches is answered with the reason, not a hang', async () => {
	const res = await chat({ messages: [user('What is the weather?')] });
	expect(res.json.choices[0].message.content).toMatch(
		/no scripted scenario matches the prompt "What is the weather\?"/,
	);
});

test('bad JSON and unknown paths get OpenAI-style errors', async () => {
	const bad = await fetch(`${model.url}/chat/completions`, {
		method: 'POST',
		headers: { authorization: `Bearer ${model.apiKey}` },
		body: '{not json',
	});
	expect(bad.status).toBe(400);
	const unknown = await fetch(`${model.url}/embeddings`, {
		method: 'POST',
		headers: { authorization: `Bearer ${model.apiKey}` },
		body: '{}',
	});
	expect(unknown.status).toBe(404);
	expect((await unknown.json()).error.message).toMatch(/Unknown endpoint POST \/v1\/embeddings/);
});
