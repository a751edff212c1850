'use strict';

/**
 * A scripted OpenAI-compatible model server for the agent tests and the `npm start` demo: a real HTTP
 * server on 127.0.0.1 that answers the Chat Completions protocol (JSON and `stream: true` SSE) and
 * GET /v1/models. What it answers is scripted per scenario (see ./script.js): tool calls first, then a
 * final answer that quotes the tool results it received. Every request is recorded, so a test can
 * assert what the model saw (the tools offered, their schemas, the tool results and error texts).
 *
 *   const model = await startModelServer({ scenarios: [...] });
 *   // n8n's OpenAI credential: API key model.apiKey, Base URL model.url (ends in /v1)
 *   model.requests  → [{method, path, body, reply: {scenario, step, toolCalls | content, error}}]
 *   await model.close();
 */

const http = require('node:http');

// The simulator's capped body reader (25 MB); a body over it is refused.
const { readBody } = require('../simulator/http-util');
const { conversationState, reply } = require('./script');

const MODEL_ID = 'scripted-model';

function openAiError(res, status, message, code) {
	const body = JSON.stringify({
		error: { message, type: 'invalid_request_error', param: null, code },
	});
	res.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(body),
	});
	res.end(body);
}

function sendJson(res, payload) {
	const body = JSON.stringify(payload);
	res.writeHead(200, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(body),
	});
	res.end(body);
}

/** Rough token count (4 characters a token) so clients that read `usage` get plausible numbers. */
const tokens = (text) => Math.max(1, Math.ceil(text.length / 4));

function usage(body, answer) {
	const prompt = tokens(JSON.stringify(body.messages || []));
	const completion = tokens(JSON.stringify(answer.toolCalls || answer.content || ''));
	return {
		prompt_tokens: prompt,
		completion_tokens: completion,
		total_tokens: prompt + completion,
	};
}

function assistantMessage(answer) {
	if (!answer.toolCalls) return { role: 'assistant', content: answer.content, refusal: null };
	return {
		role: 'assistant',
		content: null,
		refusal: null,
		tool_calls: answer.toolCalls.map((call) => ({
			id: call.id,
			type: 'function',
			function: { name: call.name, arguments: call.arguments },
		})),
	};
}

const finishReason = (answer) => (answer.toolCalls ? 'tool_calls' : 'stop');

function completion(id, created, body, answer) {
	return {
		id,
		object: 'chat.completion',
		created,
		model: body.model || MODEL_ID,
		choices: [
			{
				index: 0,
				message: assistantMessage(answer),
				logprobs: null,
				finish_reason: finishReason(answer),
			},
		],
		usage: usage(body, answer),
	};
}

/** The same answer as Server-Sent Events, split the way OpenAI streams it. */
function streamCompletion(res, id, created, body, answer) {
	res.writeHead(200, {
		'content-type': 'text/event-stream; charset=utf-8',
		'cache-control': 'no-cache',
		connection: 'keep-alive',
	});
	const base = { id, object: 'chat.completion.chunk', created, model: body.model || MODEL_ID };
	const send = (choices, extra = {}) =>
		res.write(`data: ${JSON.stringify({ ...base, choices, ...extra })}\n\n`);
	const delta = (value, finish = null) =>
		send([{ index: 0, delta: value, logprobs: null, finish_reason: finish }]);
	if (answer.toolCalls) {
		delta({ role: 'assistant', content: null });
		answer.toolCalls.forEach((call, index) => {
			const head = {
				index,
				id: call.id,
				type: 'function',
				function: { name: call.name, arguments: '' },
			};
			delta({ tool_calls: [head] });
			const half = Math.ceil(call.arguments.length / 2);
			for (const part of [call.arguments.slice(0, half), call.arguments.slice(half)])
				if (part) delta({ tool_calls: [{ index, function: { arguments: part } }] });
		});
	} else {
		delta({ role: 'assistant', content: '' });
		const words = answer.content.match(/\S+\s*|\s+/g) || [''];
		for (let i = 0; i < words.length; i += 8) delta({ content: words.slice(i, i + 8).join('') });
	}
	delta({}, finishReason(answer));
	if (body.stream_options?.include_usage) send([], { usage: usage(body, answer) });
	res.end('data: [DONE]\n\n');
}

/**
 * Starts the server. Options: scenarios (see ./script.js), apiKey (the Bearer key it demands),
 * port (0 = a free one), host (127.0.0.1), log (a function that gets one line per request).
 */
async function startModelServer({
	scenarios = [],
	apiKey = 'sk-scripted-model-key',
	port = 0,
	host = '127.0.0.1',
	log = () => {},
} = {}) {
	const state = { scenarios: [...scenarios], requests: [], sequence: 0 };
	const callIds = { next: () => `call_${String(++state.sequence).padStart(4, '0')}` };
	const sockets = new Set();

	const server = http.createServer((req, res) => {
		handle(req, res).catch((error) => {
			if (!res.headersSent)
				openAiError(res, 500, `scripted model server: ${error.message}`, 'server_error');
			else res.end();
		});
	});

	async function handle(req, res) {
		const path = new URL(req.url, 'http://model.local').pathname.replace(/\/+$/, '');
		const record = { at: Date.now(), method: req.method, path, body: null, reply: null };
		state.requests.push(record);
		const text = (await readBody(req)).toString('utf8');
		if (text) {
			try {
				record.body = JSON.parse(text);
			} catch {
				return openAiError(res, 400, 'The request body is not valid JSON', 'invalid_json');
			}
		}
		if (req.headers.authorization !== `Bearer ${apiKey}`)
			return openAiError(
				res,
				401,
				'Incorrect API key provided to the scripted model server',
				'invalid_api_key',
			);
		if (req.method === 'GET' && /^(\/v1)?\/models$/.test(path))
			return sendJson(res, {
				object: 'list',
				data: [
					{
						id: MODEL_ID,
						object: 'model',
						created: 1767225600,
						owned_by: 'n8n-nodes-flexport-tests',
					},
				],
			});
		if (/^(\/v1)?\/responses$/.test(path))
			return openAiError(
				res,
				404,
				'This scripted server speaks Chat Completions only: turn off "Use Responses API" on the chat model node',
				'unsupported',
			);
		if (req.method !== 'POST' || !/^(\/v1)?\/chat\/completions$/.test(path))
			return openAiError(res, 404, `Unknown endpoint ${req.method} ${path}`, 'unknown_url');
		if (!record.body || !Array.isArray(record.body.messages))
			return openAiError(res, 400, '"messages" must be an array', 'invalid_messages');

		const answer = reply(state.scenarios, record.body, callIds);
		record.reply = answer;
		log(
			`[model] ${answer.scenario ?? '-'} step ${answer.step ?? '-'}: ${answer.toolCalls ? answer.toolCalls.map((c) => `${c.name}(${c.arguments})`).join(', ') : JSON.stringify(answer.content.slice(0, 120))}`,
		);
		const id = `chatcmpl-scripted-${state.requests.length}`;
		const created = Math.floor(Date.now() / 1000);
		if (record.body.stream === true) return streamCompletion(res, id, created, record.body, answer);
		return sendJson(res, completion(id, created, record.body, answer));
	}

	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const origin = `http://${host}:${server.address().port}`;

	return {
		url: `${origin}/v1`,
		origin,
		apiKey,
		modelId: MODEL_ID,
		get requests() {
			return state.requests;
		},
		/** The chat-completions requests (what the model was asked), optionally of one scenario only. */
		completions: (scenario) =>
			state.requests.filter((r) => r.reply && (!scenario || r.reply.scenario === scenario)),
		/**
		 * Tool results ({id, name, text}) in the last request of a scenario (from request number
		 * `since` on): everything the model saw in that conversation.
		 */
		toolResults: (scenario, since = 0) => {
			const last = state.requests
				.slice(since)
				.filter((r) => r.reply?.scenario === scenario)
				.pop();
			return last ? conversationState(last.body.messages).results : [];
		},
		setScenarios: (next) => {
			state.scenarios = [...next];
		},
		reset: () => {
			state.requests = [];
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				for (const socket of sockets) socket.destroy();
			}),
	};
}

module.exports = { startModelServer, MODEL_ID };
