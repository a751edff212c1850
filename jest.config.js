/** Unit, simulator and n8n-core tests. The real-n8n suite has its own config in test/e2e. */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: [
		'**/*.test.ts',
		'**/simulator/**/*.test.js',
		'**/test/scripts/**/*.test.js',
		'**/test/agent/**/*.test.js',
	],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
	},
	// n8n's regex budget, widened for slow CI hosts (see the file).
	setupFiles: ['<rootDir>/test/harness/regexTimeout.setup.js'],
	testTimeout: 30000,
};
