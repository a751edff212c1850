/**
 * The bad-input fuzz machinery both API nodes share (test/nodes/Flexport/fuzz.test.ts and
 * test/nodes/FlexportLogistics/fuzz.test.ts): hostile values, every fuzzable parameter of every
 * operation of a node description, the cases (a rotating subset of values per parameter), the
 * required parameters around the one under test, and the judgement of one run: each hostile
 * value is either sent (encoded, never changing the path) or rejected before any request with a
 * NodeOperationError that names a field and the item.
 *
 * The cases are built in ./badInputCases.ts, run and judged in ./badInputRun.ts.
 */
export {
	type FuzzCase,
	fuzzCases,
	type FuzzOptions,
	type FuzzParameter,
	HOSTILE_VALUES,
	operationsOf,
	parametersOf,
	type PathStep,
	shownFor,
} from './badInputCases';
export {
	type BadInputTally,
	judgeOutcome,
	newTally,
	requiredBaseline,
	runCase,
	type RunOutcome,
	tallyLine,
	withValue,
} from './badInputRun';
