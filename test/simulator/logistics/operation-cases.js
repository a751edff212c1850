'use strict';

// One valid and one invalid request for each of the 64 Logistics operations, in an order where
// later cases use what earlier ones created (`memo`). Each case: { op, method, path(memo),
// body(memo) | form(memo), token, redirect, remember(json, memo, headers), invalid: { path | body
// | form, field } }, where `field` is text the problem's detail must contain. Used by
// operations.test.js.

const { catalogCases } = require('./operation-cases-catalog');
const { ordersCases } = require('./operation-cases-orders');
const { freightCases } = require('./operation-cases-freight');
const { inboundsCases } = require('./operation-cases-inbounds');

/** `f` = sim.logistics.fixtures; `oauthRedirect` = a loopback redirect URI. */
function operationCases(f, oauthRedirect) {
	return [
		...catalogCases(f, oauthRedirect),
		...ordersCases(f, oauthRedirect),
		...freightCases(f, oauthRedirect),
		...inboundsCases(f, oauthRedirect),
	];
}

module.exports = { operationCases };
