'use strict';

// OAuth2 client-credentials token endpoint (docs/reference/flexport-api.md §2.1) and bearer
// checks for API requests. Tokens are HS256 JWTs signed with a per-simulator
// secret; the simulator also remembers every token it issued so it can expire
// them on its own clock and revoke them. Never logs tokens or secrets.

const crypto = require('node:crypto');

const DAY_MS = 24 * 60 * 60 * 1000;

const base64url = (value) =>
	Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function safeEqual(a, b) {
	const left = Buffer.from(String(a));
	const right = Buffer.from(String(b));
	return left.length === right.length && crypto.timingSafeEqual(left, right);
}

class TokenAuthority {
	constructor({
		clock,
		clientId,
		clientSecret,
		apiKey,
		audience,
		tokenLifetimeSeconds,
		dailyTokenQuota,
		issueRefreshTokens,
		signingKey,
	}) {
		this.clock = clock;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.apiKey = apiKey;
		this.audience = audience;
		this.lifetimeSeconds = tokenLifetimeSeconds;
		this.dailyQuota = dailyTokenQuota;
		this.issueRefreshTokens = issueRefreshTokens;
		// A fixed key (npm start keeps one per demo folder) lets tokens survive a restart of the simulator.
		this.statelessTokens = Boolean(signingKey);
		this.signingKey = signingKey ? Buffer.from(String(signingKey)) : crypto.randomBytes(32);
		this.issuer = null; // set once the server knows its URL
		this.accessTokens = new Map(); // jti -> { clientId, expiresAtMs, revoked }
		this.refreshTokens = new Map(); // token -> { clientId, revoked }
		this.issuedAt = new Map(); // clientId -> [sim ms of each issued token]
	}

	/**
	 * Handles a parsed token request. `request` = { format, fields, basicAuth }.
	 * Returns { status, body, grantType, clientId }.
	 */
	handleTokenRequest({ fields, basicAuth }) {
		const grantType = fields.grant_type;
		const clientId = (basicAuth && basicAuth.clientId) || fields.client_id;
		const clientSecret = (basicAuth && basicAuth.clientSecret) || fields.client_secret;
		const reply = (status, body) => ({
			status,
			body,
			grantType: grantType || null,
			clientId: clientId || null,
		});

		if (!grantType)
			return reply(400, {
				error: 'invalid_request',
				error_description: 'Missing required parameter: grant_type',
			});
		const refreshing = grantType === 'refresh_token' && this.issueRefreshTokens;
		if (grantType !== 'client_credentials' && !refreshing) {
			return reply(400, {
				error: 'unsupported_grant_type',
				error_description: `Unsupported grant type: ${grantType}`,
			});
		}
		if (
			!clientId ||
			!clientSecret ||
			!safeEqual(clientId, this.clientId) ||
			!safeEqual(clientSecret, this.clientSecret)
		) {
			return reply(401, { error: 'access_denied', error_description: 'Unauthorized' });
		}
		if (refreshing) {
			const stored = this.refreshTokens.get(fields.refresh_token || '');
			if (!stored || stored.revoked || stored.clientId !== clientId) {
				return reply(403, {
					error: 'invalid_grant',
					error_description: 'Unknown or invalid refresh token.',
				});
			}
		} else if (fields.audience !== this.audience) {
			return reply(403, {
				error: 'access_denied',
				error_description: `Service not enabled within domain: ${fields.audience || ''}`,
			});
		}
		if (this.issuedInLastDay(clientId) >= this.dailyQuota) {
			return reply(429, {
				error: 'too_many_requests',
				error_description: `Daily token request limit of ${this.dailyQuota} exceeded`,
			});
		}
		const body = {
			access_token: this.issueAccessToken(clientId),
			expires_in: this.lifetimeSeconds,
			token_type: 'Bearer',
		};
		if (fields.scope) body.scope = fields.scope;
		if (this.issueRefreshTokens)
			body.refresh_token = refreshing ? fields.refresh_token : this.issueRefreshToken(clientId);
		return reply(200, body);
	}

	issuedInLastDay(clientId) {
		const since = this.clock.now() - DAY_MS;
		const recent = (this.issuedAt.get(clientId) || []).filter((at) => at > since);
		this.issuedAt.set(clientId, recent);
		return recent.length;
	}

	issueAccessToken(clientId) {
		const nowMs = this.clock.now();
		const iat = Math.floor(nowMs / 1000);
		const jti = crypto.randomUUID();
		const payload = {
			iss: this.issuer,
			sub: clientId,
			aud: this.audience,
			iat,
			exp: iat + this.lifetimeSeconds,
			jti,
		};
		const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(payload)}`;
		const signature = crypto
			.createHmac('sha256', this.signingKey)
			.update(unsigned)
			.digest('base64url');
		this.accessTokens.set(jti, { clientId, expiresAtMs: payload.exp * 1000, revoked: false });
		this.issuedAt.set(clientId, [...(this.issuedAt.get(clientId) || []), nowMs]);
		return `${unsigned}.${signature}`;
	}

	issueRefreshToken(clientId) {
		const token = `rt_${crypto.randomBytes(24).toString('base64url')}`;
		this.refreshTokens.set(token, { clientId, revoked: false });
		return token;
	}

	/** Checks an Authorization header; returns { ok: true, kind } or { ok: false, message }. */
	verifyAuthorization(header) {
		if (!header)
			return {
				ok: false,
				message: 'Missing Authorization header: send "Authorization: Bearer <access token>"',
			};
		const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
		if (!match)
			return {
				ok: false,
				message: 'Invalid Authorization header: expected "Bearer <access token>"',
			};
		const token = match[1];
		if (safeEqual(token, this.apiKey)) return { ok: true, kind: 'api_key' };
		const claims = this.verifyJwt(token);
		if (!claims) return { ok: false, message: 'Invalid access token' };
		let record = this.accessTokens.get(claims.jti);
		if (!record && this.statelessTokens && typeof claims.exp === 'number') {
			record = { clientId: claims.sub, expiresAtMs: claims.exp * 1000, revoked: false };
			this.accessTokens.set(claims.jti, record);
		}
		if (!record) return { ok: false, message: 'Invalid access token' };
		if (record.revoked) return { ok: false, message: 'Access token has been revoked' };
		if (this.clock.now() >= record.expiresAtMs)
			return { ok: false, message: 'Access token expired' };
		return { ok: true, kind: 'oauth', clientId: record.clientId };
	}

	verifyJwt(token) {
		const parts = token.split('.');
		if (parts.length !== 3) return null;
		const expected = crypto
			.createHmac('sha256', this.signingKey)
			.update(`${parts[0]}.${parts[1]}`)
			.digest('base64url');
		if (!safeEqual(expected, parts[2])) return null;
		try {
			return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
		} catch {
			return null;
		}
	}

	/** Forgets which tokens count toward the daily quota (issued tokens stay valid). */
	resetQuota() {
		this.issuedAt.clear();
	}

	/** Every token issued so far answers 401 from now on; new tokens still work. */
	revokeAll() {
		for (const record of this.accessTokens.values()) record.revoked = true;
		for (const record of this.refreshTokens.values()) record.revoked = true;
	}
}

/** Reads client credentials from an `Authorization: Basic` header (RFC 6749 §2.3.1). */
function parseBasicAuth(header) {
	const match = /^Basic\s+(\S+)\s*$/i.exec(header || '');
	if (!match) return null;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return null;
	const decode = (text) => {
		try {
			return decodeURIComponent(text.replace(/\+/g, ' '));
		} catch {
			return text;
		}
	};
	return {
		clientId: decode(decoded.slice(0, colon)),
		clientSecret: decode(decoded.slice(colon + 1)),
	};
}

module.exports = { TokenAuthority, parseBasicAuth };
