'use strict';

/**
 * The n8n editor in a real Chromium (playwright-core, system /usr/bin/chromium) against a real n8n
 * (installed by scripts/setup-n8n.sh) with the packed package and the Flexport simulator:
 *
 *   1. credentials page -> "Flexport OAuth2 API" form: fields and defaults, advanced settings, save +
 *      test against the simulator, then a wrong secret shows Flexport's "Unauthorized";
 *   2. new workflow -> node panel "Flexport" -> Shipment / Get -> resource locator "From list" ->
 *      Execute step -> output rows;
 *   3. node and credential icons load in the light and the dark theme; no field label is empty or an
 *      untranslated key.
 *
 * Prepare: bash scripts/browser-setup.sh && bash scripts/setup-n8n.sh && npm run build
 * Run:     npx jest -c test/browser/jest.config.js --runInBand
 * Screenshots: artifacts/browser/*.png; BROWSER_UPDATE_DOCS=1 also copies the README images to docs/images/.
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), N8N_E2E_TARBALL (test a given tarball),
 * BROWSER_KEEP=1 (keep the n8n user folder and the browser profile).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');

const { N8n, ROOT } = require('../e2e/lib/n8n');

// The editor renders asynchronously; a step that lost a race gets one more try (the error is logged).
jest.retryTimes(1, { logErrorsBeforeRetry: true });
const { startSimulator } = require('../simulator');

// scripts/browser-setup.sh records the browser it found (Debian's chromium, or Chrome on GitHub's runners).
const CHROMIUM_PATH =
	process.env.CHROMIUM_PATH ||
	(() => {
		try {
			return fs
				.readFileSync(path.join(__dirname, '..', '..', '.cache', 'chromium-path'), 'utf8')
				.trim();
		} catch {
			return '/usr/bin/chromium';
		}
	})();
const ARTIFACTS = path.join(ROOT, 'artifacts', 'browser');
const DOCS_IMAGES = path.join(ROOT, 'docs', 'images');
const OWNER = {
	email: 'owner@example.com',
	firstName: 'Browser',
	lastName: 'Test',
	password: 'Flexport-demo-1',
};
const SIM_CLIENT_ID = 'sim-client-id';
const SIM_CLIENT_SECRET = 'sim-client-secret';
const WRONG_SECRET = 'wrong-secret-browser-0000';
const CREDENTIAL_NAME = 'Flexport account';

/** A label that is empty or looks like an i18n key / a code value instead of text. */
const BAD_LABEL =
	/^\s*$|parameters\.|credentials\.|nodeView\.|^[a-z]+(\.[A-Za-z0-9_]+)+$|undefined|\[object /;

let chromium;
let sim;
let n8n;
let server;
let context;
let page;
let profileDir;
const shots = [];
const iconResponses = []; // {url, status}
const pageErrors = [];
const labelsSeen = []; // {where, text}
let workflowUrl;
const timings = {};

function loadPlaywright() {
	try {
		return require('playwright-core').chromium;
	} catch {
		throw new Error('playwright-core is not installed: run `bash scripts/browser-setup.sh`');
	}
}

async function shot(name) {
	const file = path.join(ARTIFACTS, `${String(shots.length + 1).padStart(2, '0')}-${name}.png`);
	await page.screenshot({ path: file });
	shots.push(file);
	return file;
}

/** Page HTML next to the screenshots, for when a selector stops matching after an n8n update. */
async function dumpHtml(name) {
	try {
		fs.writeFileSync(path.join(ARTIFACTS, `${name}.html`), await page.content());
		await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
	} catch {
		/* page gone */
	}
}

/** Runs one step; on failure saves the page HTML and a screenshot named after the step. */
async function step(name, fn) {
	const started = Date.now();
	try {
		return await fn();
	} catch (error) {
		await dumpHtml(`FAILED-${name}`);
		throw error;
	} finally {
		timings[name] = Date.now() - started;
	}
}

/** First line of each label in `scope` (the "Fixed / Expression" switch and the "*" are dropped). */
async function labelTexts(locator) {
	const texts = await locator.evaluateAll((els) =>
		els.map((e) =>
			(e.innerText || '')
				.split('\n')[0]
				.replace(/\s*\*\s*$/, '')
				.trim(),
		),
	);
	return texts;
}

function recordLabels(where, texts) {
	for (const text of texts) labelsSeen.push({ where, text });
}

async function simStats() {
	const res = await fetch(`${sim.url}/__sim/stats`);
	const body = await res.json();
	return body.stats ?? body;
}

/**
 * The visible Flexport icons (node or credential) inside `scope`. Hidden ones are skipped: the
 * credential modal keeps a hidden OAuth "Connect" button whose icon n8n always renders in the light
 * variant.
 */
async function flexportIcons(scope) {
	return await scope.locator('img[src*="n8n-nodes-flexport"]').evaluateAll((imgs) =>
		imgs
			.filter((img) =>
				typeof img.checkVisibility === 'function'
					? img.checkVisibility()
					: img.offsetParent !== null,
			)
			.map((img) => ({
				src: img.getAttribute('src'),
				loaded: img.complete && img.naturalWidth > 0,
				width: img.naturalWidth,
			})),
	);
}

function expectIconsLoaded(icons, theme, where) {
	expect({ where, found: icons.length > 0 }).toEqual({ where, found: true });
	for (const icon of icons) {
		expect({ where, ...icon }).toEqual({ where, ...icon, loaded: true });
		const wanted = theme === 'dark' ? /flexport\.dark\.svg$/ : /flexport\.svg$/;
		expect({ where, src: icon.src }).toEqual({ where, src: expect.stringMatching(wanted) });
	}
}

/** Closes the toasts ("Credential saved", "Node executed successfully") so they do not cover a screenshot. */
async function dismissToasts() {
	const close = page.locator('.el-notification .el-notification__closeBtn:visible');
	for (let i = 0; i < 5 && (await close.count()) > 0; i++)
		await close
			.first()
			.click({ timeout: 2_000 })
			.catch(() => undefined);
	await page
		.locator('.el-notification:visible')
		.first()
		.waitFor({ state: 'hidden', timeout: 3_000 })
		.catch(() => undefined);
}

async function setTheme(theme) {
	await page.evaluate((t) => localStorage.setItem('N8N_THEME', t), theme);
}

async function openCredentialModal() {
	await page.goto(`${server.baseUrl}/home/credentials`, { waitUntil: 'networkidle' });
	const card = page.getByText(CREDENTIAL_NAME, { exact: true }).first();
	await card.waitFor({ state: 'visible', timeout: 30_000 });
	await card.click();
	const modal = page.locator('[data-test-id="editCredential-modal"]');
	await modal
		.locator('[data-test-id="parameter-input-clientId"]')
		.waitFor({ state: 'visible', timeout: 20_000 });
	return modal;
}

async function closeModal() {
	await page.keyboard.press('Escape');
	await page
		.locator('[data-test-id="editCredential-modal"]')
		.waitFor({ state: 'hidden', timeout: 10_000 })
		.catch(() => undefined);
}

beforeAll(async () => {
	const started = Date.now();
	chromium = loadPlaywright();
	if (!fs.existsSync(CHROMIUM_PATH))
		throw new Error(`${CHROMIUM_PATH} is missing: run \`bash scripts/browser-setup.sh\``);
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	for (const f of fs.readdirSync(ARTIFACTS))
		if (/\.(png|html)$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));

	sim = await startSimulator({ port: 0, quiet: true });
	n8n = await N8n.create({ name: 'browser' });
	n8n.installPackage();
	server = await n8n.start({ timeoutMs: 120_000 });
	const setup = await n8n.rest('POST', '/rest/owner/setup', OWNER);
	if (setup.status !== 200)
		throw new Error(`owner setup: HTTP ${setup.status} ${setup.text.slice(0, 300)}`);
	timings.startN8n = Date.now() - started;

	profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flexport-chromium-'));
	context = await chromium.launchPersistentContext(profileDir, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
		viewport: { width: 1440, height: 900 },
		timeout: 60_000,
	});
	context.setDefaultTimeout(20_000);
	context.setDefaultNavigationTimeout(60_000);
	page = context.pages()[0] ?? (await context.newPage());
	page.on('pageerror', (error) => pageErrors.push(error.message));
	page.on('response', (res) => {
		if (res.url().includes('/icons/n8n-nodes-flexport/'))
			iconResponses.push({ url: res.url(), status: res.status() });
	});

	// Log in through the REST API: the cookie lands in the browser context.
	const login = await context.request.post(`${server.baseUrl}/rest/login`, {
		data: { emailOrLdapLoginId: OWNER.email, password: OWNER.password },
	});
	if (login.status() !== 200)
		throw new Error(`login: HTTP ${login.status()} ${(await login.text()).slice(0, 300)}`);
	timings.beforeAll = Date.now() - started;
}, 300_000);

afterAll(async () => {
	const keep = process.env.BROWSER_KEEP === '1';
	await context?.close().catch(() => undefined);
	await n8n?.dispose({ keep }).catch(() => undefined);
	await sim?.close().catch(() => undefined);
	if (profileDir && !keep) fs.rmSync(profileDir, { recursive: true, force: true });
	if (process.env.BROWSER_UPDATE_DOCS === '1' && shots.length) {
		fs.mkdirSync(DOCS_IMAGES, { recursive: true });
		const pick = {
			'credential-form-tested': 'credential-form.png',
			'node-output': 'node-output.png',
			'canvas-dark': 'canvas-dark.png',
		};
		for (const file of shots) {
			const key = Object.keys(pick).find((k) => path.basename(file).endsWith(`-${k}.png`));
			if (key) fs.copyFileSync(file, path.join(DOCS_IMAGES, pick[key]));
		}
	}
	console.log(
		`Browser figures: ${Object.entries(timings)
			.map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
			.join(', ')}; ` +
			`${shots.length} screenshots in ${path.relative(ROOT, ARTIFACTS)}; page errors: ${pageErrors.length}` +
			(pageErrors.length ? ` (${pageErrors.slice(0, 3).join(' | ').slice(0, 400)})` : ''),
	);
}, 120_000);

test('1. credentials page: create a "Flexport OAuth2 API" credential through the form, test it, then a wrong secret', async () => {
	const modal = page.locator('[data-test-id="editCredential-modal"]');
	const input = (name) => modal.locator(`[data-test-id="parameter-input-${name}"] input`).first();
	const label = async (name) =>
		(await labelTexts(modal.locator(`[data-test-id="${name}"] label`).first()))[0];

	await step('open-credentials', async () => {
		await page.goto(`${server.baseUrl}/home/credentials`, { waitUntil: 'networkidle' });
		await setTheme('light');
		await page
			.getByRole('button', { name: /^Create credential$/ })
			.first()
			.click();
		await page.getByPlaceholder('Search for app...').fill('Flexport');
		const option = page.locator('[data-test-id="new-credential-type-select-option"]', {
			hasText: 'Flexport OAuth2 API',
		});
		await option.waitFor({ state: 'visible' });
		await shot('credential-type-search');
		await option.click();
		await page.locator('[data-test-id="new-credential-type-button"]').click();
		await input('clientId').waitFor({ state: 'visible' });
	});

	await step('check-fields', async () => {
		await expect(modal.getByText('Flexport OAuth2 API').first().isVisible()).resolves.toBe(true);
		const expected = {
			clientId: ['Client ID', ''],
			clientSecret: ['Client Secret', ''],
			audience: ['Audience', 'https://api.flexport.com'],
			scope: ['Scope', ''],
			grantType: ['Grant Type', 'client_credentials'],
			responseKeyPath: ['Response Token Key', 'access_token'],
		};
		for (const [name, [text, value]] of Object.entries(expected)) {
			expect({ name, label: await label(name), value: await input(name).inputValue() }).toEqual({
				name,
				label: text,
				value,
			});
		}
		expect(await input('clientSecret').getAttribute('type')).toBe('password');
		expect(await input('clientId').getAttribute('type')).toBe('text');
		// advanced fields are hidden until the toggle is on
		expect(await modal.locator('[data-test-id="parameter-input-tokenUrl"]').count()).toBe(0);
		expect(await label('advancedSettings')).toBe('Advanced Settings');
		await shot('credential-form-defaults');

		await modal.locator('[data-test-id="parameter-input-advancedSettings"] .el-switch').click();
		await input('tokenUrl').waitFor({ state: 'visible' });
		const advanced = {
			tokenUrl: ['Token URL', 'https://api.flexport.com/oauth/token'],
			requestFormat: ['Token Request Format', 'JSON'],
			baseUrl: ['API Base URL', 'https://api.flexport.com'],
			apiVersion: ['API Version', '2'],
		};
		for (const [name, [text, value]] of Object.entries(advanced)) {
			expect({ name, label: await label(name), value: await input(name).inputValue() }).toEqual({
				name,
				label: text,
				value,
			});
		}
		recordLabels(
			'credential form',
			await labelTexts(modal.locator('[data-test-id="credential-connection-parameter"] label')),
		);
		const icons = await flexportIcons(modal);
		expectIconsLoaded(icons, 'light', 'credential modal (light)');
	});

	await step('save-and-test', async () => {
		await input('clientId').fill(SIM_CLIENT_ID);
		await input('clientSecret').fill(SIM_CLIENT_SECRET);
		await input('tokenUrl').fill(sim.tokenUrl);
		await input('baseUrl').fill(sim.url);
		await input('apiVersion').scrollIntoViewIfNeeded();
		await shot('credential-advanced-filled');
		await modal.locator('[data-test-id="credential-save-button"]').click();
		const success = modal.locator('[data-test-id="credentials-config-container-test-success"]');
		await success.waitFor({ state: 'visible', timeout: 45_000 });
		expect(await success.innerText()).toMatch(/Connection tested successfully/);
		await success.scrollIntoViewIfNeeded();
		await dismissToasts();
		await shot('credential-form-tested');
		const stats = await simStats();
		expect(stats.tokensIssued).toBe(1);
	});

	await step('wrong-secret', async () => {
		await input('clientSecret').fill(WRONG_SECRET);
		await modal.locator('[data-test-id="credential-save-button"]').click();
		const failure = modal.locator('.el-tag--danger').filter({ hasText: /Couldn.t connect/ });
		await failure.waitFor({ state: 'visible', timeout: 45_000 });
		const more = failure.getByText('More details');
		if (await more.isVisible().catch(() => false)) await more.click();
		await expect(
			failure
				.getByText(/Unauthorized/)
				.first()
				.waitFor({ state: 'visible', timeout: 10_000 }),
		).resolves.toBeUndefined();
		const message = (await failure.innerText()).replace(/\s+/g, ' ').trim();
		expect(message).toMatch(/401/);
		expect(message).toMatch(/Unauthorized/);
		expect(message).not.toContain(WRONG_SECRET);
		console.log(`wrong secret -> "${message}"`);
		await shot('credential-wrong-secret');
		expect((await simStats()).tokenRequestsRejected).toBeGreaterThanOrEqual(1);
	});

	await step('restore-secret', async () => {
		await input('clientSecret').fill(SIM_CLIENT_SECRET);
		await modal.locator('[data-test-id="credential-save-button"]').click();
		await modal
			.locator('[data-test-id="credentials-config-container-test-success"]')
			.waitFor({ state: 'visible', timeout: 45_000 });
		await closeModal();
	});
});

test('2. new workflow: add the Flexport node from the node panel, Shipment / Get, pick a shipment from the list, execute', async () => {
	const ndv = page.locator('[data-test-id="ndv"]');
	const option = (headline) =>
		page
			.locator('[data-test-id="parameter-input-item"]:visible')
			.filter({ has: page.locator('.option-headline', { hasText: headline }) });

	await step('add-node', async () => {
		await page.goto(`${server.baseUrl}/workflow/new`, { waitUntil: 'networkidle' });
		// A new workflow starts with a trigger: add "Trigger manually", then the Flexport node after it.
		// (Searching "Flexport" first would offer the Flexport triggers, which the package also ships.)
		await page.locator('[data-test-id="node-creator-plus-button"]').click();
		const search = page.locator('[data-test-id="node-creator-search-bar"]');
		await search.waitFor({ state: 'visible' });
		await search.pressSequentially('manual', { delay: 30 });
		await page
			.locator('[data-test-id="node-creator-node-item"], [data-test-id="node-creator-action-item"]')
			.filter({ hasText: /Trigger manually/i })
			.first()
			.click();
		await page.locator('[data-test-id="canvas-node"]').first().waitFor({ state: 'visible' });
		await page.keyboard.press('Escape');
		await page.locator('[data-test-id="canvas-handle-plus"]').first().click();
		await search.waitFor({ state: 'visible' });
		await search.fill('');
		await search.pressSequentially('Flexport', { delay: 30 });
		const item = page
			.locator('[data-test-id="node-creator-action-item"], [data-test-id="node-creator-node-item"]')
			.filter({ hasText: /^Flexport/ })
			.first();
		await item.waitFor({ state: 'visible' });
		expectIconsLoaded(await flexportIcons(item), 'light', 'node panel item');
		await shot('node-panel-search');
		await item.click();
		const getAction = page
			.locator('[data-test-id="item-iterator-item"]')
			.filter({ hasText: /^Get a shipment$/ })
			.first();
		await getAction.waitFor({ state: 'visible' });
		const names = await labelTexts(page.locator('[data-test-id="node-creator-item-name"]:visible'));
		recordLabels('node panel actions', names);
		await getAction.click();
		await ndv.waitFor({ state: 'visible' });
		await ndv.locator('[data-test-id="parameter-input-resource"]').waitFor({ state: 'visible' });
	});

	await step('resource-operation', async () => {
		// the credential created in test 1 is the only one of its type: n8n selects it
		await expect(
			ndv.locator('[data-test-id="node-credentials-select"] input').first().inputValue(),
		).resolves.toBe(CREDENTIAL_NAME);
		await ndv.locator('[data-test-id="parameter-input-resource"]').click();
		await page
			.locator('[data-test-id="parameter-input-item"]:visible')
			.filter({ hasText: /^Shipment$/ })
			.first()
			.waitFor({ state: 'visible', timeout: 15_000 });
		const resources = await page
			.locator('[data-test-id="parameter-input-item"]:visible')
			.allInnerTexts();
		recordLabels(
			'resource options',
			resources.map((t) => t.split('\n')[0]),
		);
		await page
			.locator('[data-test-id="parameter-input-item"]:visible')
			.filter({ hasText: /^Shipment$/ })
			.first()
			.click();
		await page
			.locator('[data-test-id="parameter-input-item"]:visible')
			.first()
			.waitFor({ state: 'hidden', timeout: 5_000 })
			.catch(() => undefined);
		await expect(
			ndv.locator('[data-test-id="parameter-input-resource"] input').inputValue(),
		).resolves.toBe('Shipment');
		await ndv.locator('[data-test-id="parameter-input-operation"]').click();
		// The dropdown renders a moment after the click: wait for its options before reading them.
		await page
			.locator('[data-test-id="parameter-input-item"]:visible .option-headline')
			.filter({ hasText: /^Get Many$/ })
			.first()
			.waitFor({ state: 'visible', timeout: 15_000 });
		const operations = await labelTexts(
			page.locator('[data-test-id="parameter-input-item"]:visible .option-headline'),
		);
		recordLabels('operation options', operations);
		expect(operations).toEqual(expect.arrayContaining(['Get', 'Get Many', 'Update']));
		await option(/^Get$/).click();
		await expect(
			ndv.locator('[data-test-id="parameter-input-operation"] input').inputValue(),
		).resolves.toBe('Get');
	});

	let picked;
	await step('resource-locator', async () => {
		const modeSelector = ndv.locator('[data-test-id="rlc-mode-selector"] input').first();
		expect(await modeSelector.inputValue()).toBe('From list');
		await ndv.locator('[data-test-id="rlc-input"]').click();
		const items = page.locator('[data-test-id="rlc-item"]:visible');
		await items.first().waitFor({ state: 'visible', timeout: 30_000 });
		const all = await items.count();
		await page.locator('[data-test-id="rlc-search"]').fill('Helmet');
		await page.waitForFunction(
			() => {
				const els = [...document.querySelectorAll('[data-test-id="rlc-item"]')].filter(
					(e) => e.offsetParent !== null,
				);
				return els.length > 0 && els.every((e) => /Helmet/i.test(e.innerText));
			},
			undefined,
			{ timeout: 20_000 },
		);
		const filtered = await items.allInnerTexts();
		console.log(
			`resource locator: ${all} shipments listed, "Helmet" -> ${filtered.length}: ${filtered.join('; ')}`,
		);
		await shot('resource-locator-list');
		picked = filtered[0];
		await items.first().click();
		await expect(ndv.locator('[data-test-id="rlc-input"]').inputValue()).resolves.toBe(picked);
		recordLabels(
			'node parameters',
			await labelTexts(
				ndv.locator('[data-test-id="node-parameters"] [data-test-id="input-label"]'),
			),
		);
		recordLabels(
			'node credential',
			await labelTexts(ndv.locator('[data-test-id="credentials-label"]')),
		);
	});

	await step('execute', async () => {
		await ndv.locator('[data-test-id="node-execute-button"]').click();
		const out = page.locator('[data-test-id="output-panel"]');
		await out
			.locator('[data-test-id="node-run-status-success"]')
			.waitFor({ state: 'visible', timeout: 60_000 });
		const tableButton = out.locator('[data-test-id="radio-button-table"]');
		if (await tableButton.isVisible().catch(() => false)) await tableButton.click();
		const rows = out.locator('[data-test-id="ndv-data-container"] table tbody tr');
		await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
		const count = await out
			.locator('[data-test-id="run-data-item-count"], [data-test-id="ndv-items-count"]')
			.first()
			.innerText();
		const headers = await out
			.locator('[data-test-id="ndv-data-container"] table thead th')
			.allInnerTexts();
		const firstRow = await rows.first().innerText();
		console.log(
			`output: ${count.trim()}, ${await rows.count()} row(s), columns ${headers.slice(0, 6).join(', ')}…`,
		);
		expect(count).toMatch(/\b1 item\b/);
		expect(headers.map((h) => h.trim())).toEqual(expect.arrayContaining(['id', 'name', 'status']));
		const shipmentId = (picked.match(/#(\d+)\)$/) || [])[1];
		expect(firstRow).toContain(shipmentId);
		expect(firstRow).toContain('Bicycle Helmet');
		expectIconsLoaded(await flexportIcons(ndv), 'light', 'node panel header (light)');
		await dismissToasts();
		await shot('node-output');
		await ndv.locator('[data-test-id="ndv-close-button"]').click();
		await ndv.waitFor({ state: 'hidden' });
		workflowUrl = page.url();
		expect(workflowUrl).toMatch(/\/workflow\/[A-Za-z0-9]+/);
	});
});

test('3. icons load in the light and the dark theme; no field label is empty or an untranslated key', async () => {
	for (const theme of ['light', 'dark']) {
		await step(`icons-${theme}`, async () => {
			await setTheme(theme);
			// canvas node
			await page.goto(workflowUrl, { waitUntil: 'networkidle' });
			expect(await page.evaluate(() => document.body.getAttribute('data-theme') || 'light')).toBe(
				theme,
			);
			const node = page
				.locator('[data-test-id="canvas-node"]')
				.filter({ hasText: 'Get a shipment' });
			await node.waitFor({ state: 'visible', timeout: 30_000 });
			await page.waitForTimeout(500);
			expectIconsLoaded(await flexportIcons(node), theme, `canvas node (${theme})`);
			await shot(`canvas-${theme}`);
			// node details view
			await node.dblclick();
			const ndv = page.locator('[data-test-id="ndv"]');
			await ndv.locator('[data-test-id="node-parameters"]').waitFor({ state: 'visible' });
			expectIconsLoaded(await flexportIcons(ndv), theme, `node details (${theme})`);
			recordLabels(
				`node parameters (${theme})`,
				await labelTexts(
					ndv.locator('[data-test-id="node-parameters"] [data-test-id="input-label"]'),
				),
			);
			await shot(`node-details-${theme}`);
			await ndv.locator('[data-test-id="ndv-close-button"]').click();
			// credential modal
			const modal = await openCredentialModal();
			expectIconsLoaded(await flexportIcons(modal), theme, `credential modal (${theme})`);
			recordLabels(
				`credential form (${theme})`,
				await labelTexts(modal.locator('[data-test-id="credential-connection-parameter"] label')),
			);
			await shot(`credential-${theme}`);
			await closeModal();
			// credentials list card
			const list = page.locator('main, #app').first();
			expectIconsLoaded(await flexportIcons(list), theme, `credentials list (${theme})`);
		});
	}
	await setTheme('light');

	const failed = iconResponses.filter((r) => r.status >= 400);
	expect(failed).toEqual([]);
	const requested = [
		...new Set(iconResponses.map((r) => path.basename(new URL(r.url).pathname))),
	].sort();
	expect(requested).toEqual(expect.arrayContaining(['flexport.dark.svg', 'flexport.svg']));

	const bad = labelsSeen.filter((l) => BAD_LABEL.test(l.text));
	const byPlace = {};
	for (const l of labelsSeen) (byPlace[l.where] ||= []).push(l.text);
	console.log(
		`labels checked: ${labelsSeen.length}\n` +
			Object.entries(byPlace)
				.map(([where, texts]) => `  ${where}: ${texts.join(' | ')}`)
				.join('\n'),
	);
	expect(bad).toEqual([]);
	expect(labelsSeen.length).toBeGreaterThan(20);
});
