'use strict';

// The credential data that points a Flexport credential at a running simulator: one place for the
// n8n-core test harness (test/harness/simulatorFixture.ts) and the benchmark (bench/lib/).

/** A "Flexport OAuth2 API" credential (flexportOAuth2Api) for the simulator `sim`. */
function oauthCredentialData(sim, overrides = {}) {
	return {
		clientId: sim.clientId,
		clientSecret: sim.clientSecret,
		audience: 'https://api.flexport.com',
		scope: '',
		grantType: 'client_credentials',
		responseKeyPath: 'access_token',
		advancedSettings: true,
		tokenUrl: sim.tokenUrl,
		requestFormat: 'json',
		baseUrl: sim.url,
		apiVersion: '2',
		...overrides,
	};
}

/** A "Flexport Legacy API" credential (flexportApi) for the simulator `sim`. */
function apiKeyCredentialData(sim, overrides = {}) {
	return { apiKey: sim.apiKey, baseUrl: sim.url, apiVersion: '2', ...overrides };
}

module.exports = { oauthCredentialData, apiKeyCredentialData };
