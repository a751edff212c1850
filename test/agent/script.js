'use strict';

/**
 * The scripted "model": picks the scenario a chat-completions request belongs to and the step it is at,
 * and turns that step into an assistant message (tool calls or a final answer). Stateless: the step is
 * read from the conversation itself (how many tool-call rounds followed the last user message), so
 * every request, repeated or not, gets the same answer for the same conversation.
 *
 *   { name, match: 'PO-24043' | /regex/ | (userText) => bool, steps: [
 *       { tool: 'Find_Shipments', args: { purchase_order: 'PO-24043' } },
 *       { tool: 'Get_Shipment', args: (ctx) => ({ shipment_id: String(ctx.lastResult()[0].id) }) },
 *       { calls: [{ tool, args }, …] },           // several tool calls in one turn
 *       { answer: (ctx) => `Status: ${ctx.lastResult()[0].status}` },
 *   ] }
 */

/** Text of a message's content (string, or OpenAI content parts). */
function contentText(content) {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content.map((part) => (typeof part === 'string' ? part : (part?.text ?? ''))).join('');
	return content === null || content === undefined ? '' : JSON.stringify(content);
}

/** A tool message's content as data: JSON (unwrapped once more if n8n double-encoded it) or text. */
function parseToolContent(text) {
	let value = text;
	for (let depth = 0; depth < 2 && typeof value === 'string'; depth++) {
		try {
			value = JSON.parse(value);
		} catch {
			break;
		}
	}
	return value;
}

/** What the model has seen since the last user message: the tool calls it made and their results. */
function conversationState(messages) {
	let lastUser = -1;
	messages.forEach((message, index) => {
		if (message.role === 'user') lastUser = index;
	});
	const since = messages.slice(lastUser + 1);
	const names = new Map();
	for (const message of since)
		for (const call of message.tool_calls || []) names.set(call.id, call.function?.name);
	const results = since
		.filter((message) => message.role === 'tool')
		.map((message) => {
			const text = contentText(message.content);
			return { id: message.tool_call_id, name: names.get(message.tool_call_id), text };
		});
	return {
		userText: lastUser === -1 ? '' : contentText(messages[lastUser].content),
		round: since.filter((message) => message.role === 'assistant' && message.tool_calls?.length)
			.length,
		results,
	};
}

function matches(scenario, userText) {
	if (typeof scenario.match === 'function') return Boolean(scenario.match(userText));
	if (scenario.match instanceof RegExp) return scenario.match.test(userText);
	return userText.includes(String(scenario.match));
}

/** Offered tools: name → JSON schema of the arguments. */
function offeredTools(body) {
	const tools = new Map();
	for (const tool of body.tools || []) {
		const fn = tool.function || tool;
		if (fn?.name) tools.set(fn.name, fn.parameters || {});
	}
	return tools;
}

/** Why `args` do not fit the tool's schema (missing required keys, unknown keys), or null. */
function schemaProblem(name, schema, args) {
	const properties = Object.keys(schema.properties || {});
	const missing = (schema.required || []).filter((key) => !(key in args));
	const unknown = Object.keys(args).filter((key) => !properties.includes(key));
	if (missing.length === 0 && unknown.length === 0) return null;
	return `tool ${name}: ${missing.length ? `missing ${missing.join(', ')}` : ''}${missing.length && unknown.length ? '; ' : ''}${unknown.length ? `unknown ${unknown.join(', ')}` : ''} (schema has ${properties.join(', ') || 'no properties'})`;
}

/**
 * The assistant's reply to one request: {toolCalls: [{id, name, arguments}]} or {content}, plus the
 * scenario name and step, and `error` when the script cannot go on (no scenario, unknown tool, …) —
 * then the content says so, and the test that reads the answer sees it.
 */
function reply(scenarios, body, callIds) {
	const messages = Array.isArray(body.messages) ? body.messages : [];
	const state = conversationState(messages);
	const scenario = scenarios.find((candidate) => matches(candidate, state.userText));
	if (!scenario) {
		const error = `no scripted scenario matches the prompt ${JSON.stringify(state.userText.slice(0, 200))}`;
		return { content: `SCRIPT ERROR: ${error}`, error };
	}
	const base = { scenario: scenario.name, step: state.round };
	const ctx = {
		userText: state.userText,
		results: state.results.map((result) => ({ ...result, data: parseToolContent(result.text) })),
		lastResult: () => ctx.results[ctx.results.length - 1]?.data,
		lastText: () => state.results[state.results.length - 1]?.text ?? '',
	};
	const step = scenario.steps[state.round] || { answer: (c) => `Tool result: ${c.lastText()}` };
	const fail = (error) => ({ ...base, content: `SCRIPT ERROR: ${error}`, error });
	try {
		if (step.answer !== undefined) {
			const content = typeof step.answer === 'function' ? step.answer(ctx) : String(step.answer);
			return { ...base, content };
		}
		const tools = offeredTools(body);
		const calls = step.calls || [{ tool: step.tool, args: step.args }];
		const toolCalls = [];
		for (const call of calls) {
			const args = (typeof call.args === 'function' ? call.args(ctx) : call.args) || {};
			if (!tools.has(call.tool))
				return fail(`tool ${call.tool} is not offered; offered: ${[...tools.keys()].join(', ')}`);
			const problem = schemaProblem(call.tool, tools.get(call.tool), args);
			if (problem) return fail(problem);
			toolCalls.push({ id: callIds.next(), name: call.tool, arguments: JSON.stringify(args) });
		}
		return { ...base, toolCalls };
	} catch (error) {
		return fail(`step ${state.round} of ${scenario.name} threw: ${error.message}`);
	}
}

module.exports = { reply, conversationState, parseToolContent, contentText };
