/**
 * End-to-end tests in a REAL n8n (installed by scripts/setup-n8n.sh into .e2e/).
 * Run: npm run build && npx jest -c test/e2e/jest.config.js --runInBand
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.e2e.test.js'],
	testTimeout: 300_000,
	// n8n processes are stopped in afterAll; this only guards against a hung child keeping jest alive.
	forceExit: true,
	verbose: true,
	maxWorkers: 1,
};
