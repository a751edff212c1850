'use strict';

// Logistics API access tokens: long-lived bearer tokens with scopes (spec/flexport-logistics-api.md
// "Authentication"), the scope each operation needs, account-state gates, and the partner OAuth
// authorization-code flow (authorize -> one-time code -> token). Never logs or returns a token
// except to the caller that created it.

const crypto = require('node:crypto');
const { Problem } = require('./problem');

// The spec lists read/write scopes per resource; tags without their own scope borrow one.
const RESOURCE_BY_TAG = {
	Products: 'products',
	Channels: 'products',
	Bundles: 'bundles',
	Orders: 'orders',
	Parcels: 'parcels',
	Returns: 'returns',
	Freight: 'freight',
	Inbounds: 'inbounds',
	Reports: 'reports',
	Webhooks: 'webhooks',
	Events: 'events',
};
// POST operations that only read.
const READING_POSTS = new Set(['get_warehouse_details']);
// "Products, Webhooks and Reports are open to any account. Parcels and Returns need approval.
// Everything else needs billing set up."
const OPEN_TAGS = new Set(['Products', 'Webhooks', 'Reports', 'Accounts', 'OAuth']);
const APPROVAL_TAGS = new Set(['Parcels', 'Returns']);
const CODE_LIFETIME_MS = 10 * 60 * 1000;
const IDENTITY_REDIRECT = 'https://deliverr.com';

/** The scope an operation needs, or null (Accounts, Uploads: any valid token). */
function requiredScope(operation) {
	const resource = RESOURCE_BY_TAG[operation.tag];
	if (!resource) return null;
	const reads = operation.method === 'GET' || READING_POSTS.has(operation.operationId);
	return `${reads ? 'read' : 'write'}_logistics_${resource}`;
}

function isLoopbackHttp(url) {
	return /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url);
}

class LogisticsTokens {
	/** `secret` (optional) makes the seeded tokens the same on every start with that secret. */
	constructor({ allScopes, accountId, clock, secret, oauthClientId, oauthRedirectUris }) {
		this.allScopes = allScopes;
		this.accountId = accountId;
		this.clock = clock;
		this.secret = secret ? String(secret) : crypto.randomBytes(32).toString('hex');
		this.oauthClientId = oauthClientId;
		this.oauthRedirectUris = oauthRedirectUris;
		this.tokens = new Map(); // token -> { label, scopes: Set, revoked, createdAt }
		this.codes = new Map(); // code -> { clientId, scopes, redirectUri, expiresAt, used }
		this.counter = 0;
	}

	/** Creates a token; `scopes` defaults to every scope. Returns { token, label, scopes }. */
	create({ scopes = this.allScopes, label } = {}) {
		const unknown = scopes.filter((scope) => !this.allScopes.includes(scope));
		if (unknown.length) throw new Error(`Unknown scope(s): ${unknown.join(', ')}`);
		this.counter += 1;
		const name = label || `token-${this.counter}`;
		const digest = crypto
			.createHmac('sha256', this.secret)
			.update(`${this.counter}:${name}`)
			.digest('hex');
		const token = `sim_lgx_${digest.slice(0, 40)}`;
		this.tokens.set(token, {
			label: name,
			scopes: new Set(scopes),
			revoked: false,
			createdAt: this.clock.now(),
		});
		return { token, label: name, scopes: [...scopes] };
	}

	/** Revokes by token value or label; returns how many were revoked. */
	revoke({ token, label }) {
		let count = 0;
		for (const [value, record] of this.tokens) {
			if ((token && value === token) || (label && record.label === label)) {
				if (!record.revoked) count += 1;
				record.revoked = true;
			}
		}
		return count;
	}

	list() {
		return [...this.tokens.values()].map((record) => ({
			label: record.label,
			scopes: [...record.scopes],
			revoked: record.revoked,
		}));
	}

	/** Checks the request's credentials for `operation`; throws a Problem or returns the record. */
	authorize(headers, operation, settings) {
		const header = headers.authorization;
		let token = null;
		if (header) {
			const match = /^Bearer\s+(\S+)\s*$/i.exec(String(header));
			if (!match)
				throw new Problem(401, 'The Authorization header must be "Bearer <access token>"');
			token = match[1];
		} else if (operation.authSchemes.includes('TOKEN') && headers['x-shopify-access-token']) {
			token = String(headers['x-shopify-access-token']);
		}
		if (!token) throw new Problem(401, 'An access token is required (Authorization: Bearer ...)');
		const record = this.tokens.get(token);
		if (!record) throw new Problem(401, 'The access token is invalid');
		if (record.revoked) throw new Problem(401, 'The access token has been revoked');
		if (settings.frozen)
			throw new Problem(423, 'The logistics account is frozen; contact Flexport support');
		const scope = requiredScope(operation);
		if (scope && !record.scopes.has(scope))
			throw new Problem(
				403,
				`The access token lacks the scope ${scope} needed for ${operation.operationId}`,
			);
		if (!settings.parcelsAndReturnsApproved && APPROVAL_TAGS.has(operation.tag))
			throw new Problem(403, `${operation.tag} are not enabled for this account yet`);
		if (
			!settings.billingSetUp &&
			!OPEN_TAGS.has(operation.tag) &&
			!APPROVAL_TAGS.has(operation.tag)
		)
			throw new Problem(403, `Set up billing before using ${operation.tag}`);
		return record;
	}

	/** GET /oauth/authorize: returns the redirect URL carrying a one-time code. */
	authorizeRedirect(query) {
		const clientId = query.client_id;
		const known = clientId === this.oauthClientId || clientId === 'identity';
		if (!known) throw new Problem(400, `Unknown client_id ${clientId}`, { subCode: 405002 });
		const redirectUri =
			query.redirect_uri ||
			(clientId === 'identity' ? IDENTITY_REDIRECT : this.oauthRedirectUris[0]);
		const allowed =
			clientId === 'identity'
				? redirectUri === IDENTITY_REDIRECT
				: this.oauthRedirectUris.includes(redirectUri) || isLoopbackHttp(redirectUri);
		if (!allowed)
			throw new Problem(400, `redirect_uri ${redirectUri} is not registered for ${clientId}`, {
				subCode: 405001,
			});
		const scopes = String(query.scope || '')
			.split(' ')
			.filter(Boolean);
		if (!scopes.length) throw new Problem(400, 'scope is required', { subCode: 405003 });
		const invalid = scopes.filter((scope) => !this.allScopes.includes(scope));
		if (invalid.length)
			throw new Problem(400, `Invalid scope(s): ${invalid.join(', ')}`, { subCode: 405004 });
		const code = crypto.randomBytes(16).toString('hex');
		this.codes.set(code, {
			clientId,
			scopes,
			redirectUri: query.redirect_uri || null,
			expiresAt: this.clock.now() + CODE_LIFETIME_MS,
			used: false,
		});
		const location = new URL(redirectUri);
		location.searchParams.set('code', code);
		if (query.state !== undefined) location.searchParams.set('state', query.state);
		return location.toString();
	}

	/** POST /oauth/token (authorization_code): one use per code; returns a TokenResponse. */
	exchangeCode(body) {
		const record = this.codes.get(body.code);
		const invalid = (detail) => new Problem(400, detail, { subCode: 405005 });
		if (!record) throw invalid('The authorization code is invalid');
		if (record.used) throw invalid('The authorization code was already used');
		if (this.clock.now() > record.expiresAt) throw invalid('The authorization code has expired');
		if (record.redirectUri && body.redirect_uri !== record.redirectUri)
			throw new Problem(400, 'redirect_uri must match the one sent to /oauth/authorize', {
				subCode: 405001,
			});
		record.used = true;
		const { token } = this.create({ scopes: record.scopes, label: `oauth-${record.clientId}` });
		return { access_token: token, logisticsAccountId: this.accountId };
	}
}

module.exports = { LogisticsTokens, requiredScope, isLoopbackHttp };
