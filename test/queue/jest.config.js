/**
 * Scale-out test: n8n in queue mode (main + 3 workers, Redis, PostgreSQL) with the packed package.
 * Run: bash scripts/queue-setup.sh && bash scripts/setup-n8n.sh && npm run build && npx jest -c test/queue/jest.config.js --runInBand
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.queue.test.js'],
	testTimeout: 300_000,
	// Every process is stopped in afterAll; this only guards against a hung child keeping jest alive.
	forceExit: true,
	verbose: true,
	maxWorkers: 1,
};
