'use strict';

/**
 * n8n-workflow runs resource-locator regexes (the "By ID" and "By URL" checks) in a VM with a 250 ms
 * wall-clock budget. On a loaded 2-core CI host a descheduled jest worker can exceed it on a regex that
 * takes microseconds, failing a test with "Regular expression execution timed out". The unit suites keep
 * n8n's VM engine, same semantics, with a budget a slow host can meet; real n8n (test/e2e, test/queue)
 * keeps its own.
 */
const vm = require('node:vm');
const { setSafeRegexEngine } = require('n8n-workflow');

const SLOW_HOST_TIMEOUT_MS = 10_000;

const context = vm.createContext({
	pattern: '',
	flags: '',
	input: '',
	replacement: '',
	result: undefined,
});
const scripts = {
	exec: new vm.Script('result = new RegExp(pattern, flags).exec(input)'),
	test: new vm.Script('result = new RegExp(pattern, flags).test(input)'),
	replace: new vm.Script('result = input.replace(new RegExp(pattern, flags), replacement)'),
	matchAll: new vm.Script('result = Array.from(input.matchAll(new RegExp(pattern, flags)))'),
	split: new vm.Script('result = input.split(new RegExp(pattern, flags))'),
};

function run(script, values) {
	Object.assign(context, { replacement: '', ...values, result: undefined });
	script.runInContext(context, { timeout: SLOW_HOST_TIMEOUT_MS });
	return context.result;
}

const withGlobal = (flags) => (flags?.includes('g') ? flags : `${flags ?? ''}g`);

setSafeRegexEngine({
	exec: (pattern, input, flags) => run(scripts.exec, { pattern, input, flags: flags ?? '' }),
	test: (pattern, input, flags) => run(scripts.test, { pattern, input, flags: flags ?? '' }),
	replace: (pattern, input, flags, replacement) =>
		run(scripts.replace, { pattern, input, flags: flags ?? '', replacement }),
	matchAll: (pattern, input, flags) =>
		run(scripts.matchAll, { pattern, input, flags: withGlobal(flags) }),
	split: (pattern, input, flags) => run(scripts.split, { pattern, input, flags: flags ?? '' }),
});
