/**
 * Real-browser test of the n8n editor (Chromium + playwright-core) against a real n8n with the packed
 * package and the Flexport simulator. Prepare once with `bash scripts/browser-setup.sh`, then:
 *   npm run build && npx jest -c test/browser/jest.config.js --runInBand
 * Screenshots go to artifacts/browser/; BROWSER_UPDATE_DOCS=1 also refreshes docs/images/.
 */
module.exports = {
	rootDir: __dirname,
	testEnvironment: 'node',
	testMatch: ['<rootDir>/**/*.browser.test.js'],
	testTimeout: 180_000,
	// n8n and Chromium are stopped in afterAll; this only guards against a hung child keeping jest alive.
	forceExit: true,
	verbose: true,
	maxWorkers: 1,
};
