import { createHmac } from 'node:crypto';

import {
	decideDelivery,
	declaredLengthTooLarge,
	resourceRequest,
} from '../../../nodes/FlexportTrigger/delivery';
import {
	ANY_EVENT,
	buildEventTypeFilter,
	EVENT_TYPE_OPTIONS,
	KNOWN_EVENT_TYPES,
	parseOtherEventTypes,
} from '../../../nodes/FlexportTrigger/eventTypes';
import {
	assessWebhookSecret,
	headerValue,
	MAX_BODY_BYTES,
	parseSignature,
	verifyFlexportSignature,
} from '../../../nodes/FlexportTrigger/signature';

const SECRET = 'a-long-webhook-secret-token';
const body = Buffer.from(
	JSON.stringify({ _object: '/event', id: 354987, type: '/shipment_leg#departed', data: {} }),
	'utf8',
);
const hmac = (algorithm: 'sha256' | 'sha1', payload: Buffer = body, secret = SECRET) =>
	createHmac(algorithm, secret).update(payload).digest('hex');

describe('verifyFlexportSignature', () => {
	it('accepts a correct sha256= prefixed signature', () => {
		expect(
			verifyFlexportSignature(body, { 'x-hub-signature-256': `sha256=${hmac('sha256')}` }, SECRET),
		).toEqual({ valid: true, algorithm: 'sha256' });
	});

	it('accepts a correct bare-hex signature, in upper case and with a capitalised header name', () => {
		expect(
			verifyFlexportSignature(
				body,
				{ 'X-Hub-Signature-256': hmac('sha256').toUpperCase() },
				SECRET,
			),
		).toEqual({ valid: true, algorithm: 'sha256' });
	});

	it('refuses SHA-1 alone unless allowed, then checks it', () => {
		const headers = { 'x-hub-signature': `sha1=${hmac('sha1')}` };
		expect(verifyFlexportSignature(body, headers, SECRET)).toEqual({
			valid: false,
			reason: 'sha1-not-allowed',
			algorithm: 'sha1',
		});
		expect(verifyFlexportSignature(body, headers, SECRET, { allowSha1: true })).toEqual({
			valid: true,
			algorithm: 'sha1',
		});
		expect(
			verifyFlexportSignature(body, { 'x-hub-signature': hmac('sha1') }, SECRET, {
				allowSha1: true,
			}),
		).toEqual({ valid: true, algorithm: 'sha1' });
		expect(
			verifyFlexportSignature(body, { 'x-hub-signature': hmac('sha1', body, 'other') }, SECRET, {
				allowSha1: true,
			}),
		).toMatchObject({
			valid: false,
			reason: 'signature-mismatch',
		});
	});

	it('lets SHA-256 decide when both are sent: a wrong SHA-256 is not rescued by a right SHA-1', () => {
		const headers = {
			'x-hub-signature-256': `sha256=${hmac('sha256', body, 'wrong')}`,
			'x-hub-signature': `sha1=${hmac('sha1')}`,
		};
		expect(verifyFlexportSignature(body, headers, SECRET, { allowSha1: true })).toEqual({
			valid: false,
			reason: 'signature-mismatch',
			algorithm: 'sha256',
		});
	});

	it('refuses a tampered body, a wrong secret, a missing header and an empty secret', () => {
		const signature = { 'x-hub-signature-256': `sha256=${hmac('sha256')}` };
		const tampered = Buffer.from(body.toString('utf8').replace('departed', 'arrived'), 'utf8');
		expect(verifyFlexportSignature(tampered, signature, SECRET)).toMatchObject({
			valid: false,
			reason: 'signature-mismatch',
		});
		expect(verifyFlexportSignature(body, signature, `${SECRET}x`)).toMatchObject({
			valid: false,
			reason: 'signature-mismatch',
		});
		expect(verifyFlexportSignature(body, {}, SECRET)).toEqual({
			valid: false,
			reason: 'missing-signature',
		});
		expect(verifyFlexportSignature(body, { 'x-hub-signature-256': '  ' }, SECRET)).toEqual({
			valid: false,
			reason: 'missing-signature',
		});
		expect(verifyFlexportSignature(body, signature, '')).toEqual({
			valid: false,
			reason: 'no-secret',
		});
	});

	it('checks the exact bytes: re-serialised JSON with other spacing fails', () => {
		const pretty = Buffer.from(JSON.stringify(JSON.parse(body.toString('utf8')), null, 2), 'utf8');
		expect(
			verifyFlexportSignature(pretty, { 'x-hub-signature-256': hmac('sha256') }, SECRET),
		).toMatchObject({ valid: false });
	});

	it('refuses malformed values: wrong prefix, wrong length, non-hex, a sha1 digest in the sha256 header', () => {
		for (const value of [
			`sha1=${hmac('sha256')}`,
			hmac('sha256').slice(2),
			`${hmac('sha256')}00`,
			'z'.repeat(64),
			hmac('sha1'),
		]) {
			expect(verifyFlexportSignature(body, { 'x-hub-signature-256': value }, SECRET)).toMatchObject(
				{ valid: false, reason: 'malformed-signature' },
			);
		}
	});

	it('parses signatures and header bags', () => {
		expect(parseSignature(` SHA256=${hmac('sha256')} `, 'sha256')?.toString('hex')).toBe(
			hmac('sha256'),
		);
		expect(parseSignature(`sha256=${hmac('sha1')}`, 'sha1')).toBeUndefined();
		expect(headerValue({ 'X-A': ['one'] }, 'x-a')).toBe('one');
		expect(headerValue({ 'x-a': ['one', 'two'] }, 'x-a')).toBe('one,two');
		expect(headerValue({ 'x-a': 12 }, 'X-A')).toBe('12');
		expect(headerValue({ 'x-a': undefined }, 'x-a')).toBeUndefined();
	});
});

describe('assessWebhookSecret (credential test)', () => {
	it('explains what cannot be used and accepts a long secret', () => {
		expect(assessWebhookSecret('')).toMatchObject({ status: 'Error' });
		expect(assessWebhookSecret(undefined)).toMatchObject({ status: 'Error' });
		expect(assessWebhookSecret(` ${SECRET}`)).toMatchObject({
			status: 'Error',
			message: expect.stringContaining('whitespace'),
		});
		expect(assessWebhookSecret('short')).toMatchObject({
			status: 'Error',
			message: expect.stringContaining('16'),
		});
		expect(assessWebhookSecret(SECRET)).toMatchObject({ status: 'OK' });
	});
});

describe('event type filter', () => {
	it('accepts everything for Any Event or an empty selection', () => {
		expect(buildEventTypeFilter({ events: [ANY_EVENT] })('/brand_new#type')).toBe(true);
		expect(buildEventTypeFilter({ events: [ANY_EVENT, '/shipment#created'] })('/x#y')).toBe(true);
		expect(buildEventTypeFilter({ events: [], otherEventTypes: '' })('/x#y')).toBe(true);
		expect(buildEventTypeFilter({})('/x#y')).toBe(true);
	});

	it('matches chosen and free-text types exactly', () => {
		const accepts = buildEventTypeFilter({
			events: ['/shipment_leg#departed'],
			otherEventTypes: ' /purchase_order#updated ,, /document#created\n',
		});
		expect(accepts('/shipment_leg#departed')).toBe(true);
		expect(accepts('/purchase_order#updated')).toBe(true);
		expect(accepts('/document#created')).toBe(true);
		expect(accepts('/shipment_leg#arrived')).toBe(false);
		expect(accepts('/shipment_leg#departed ')).toBe(false);
		expect(accepts(undefined)).toBe(false);
		expect(buildEventTypeFilter({ events: [], otherEventTypes: '/a#b' })('/a#c')).toBe(false);
	});

	it('parses the free-text field and lists every known type once', () => {
		expect(parseOtherEventTypes('a, b,a ,')).toEqual(['a', 'b']);
		expect(parseOtherEventTypes(undefined)).toEqual([]);
		expect(new Set(KNOWN_EVENT_TYPES).size).toBe(KNOWN_EVENT_TYPES.length);
		expect(EVENT_TYPE_OPTIONS).toHaveLength(KNOWN_EVENT_TYPES.length + 1);
		expect(new Set(EVENT_TYPE_OPTIONS.map((option) => option.name)).size).toBe(
			EVENT_TYPE_OPTIONS.length,
		);
		expect(KNOWN_EVENT_TYPES).toEqual(
			expect.arrayContaining([
				'/shipment#customs_entry_release_status_under_cbp_review',
				'/invoice#invoice_payment_failed',
				'/shipments#commercial_invoices_digitized',
			]),
		);
	});
});

describe('decideDelivery', () => {
	const signed = (payload: Buffer) => ({
		'x-hub-signature-256': `sha256=${hmac('sha256', payload)}`,
	});
	const base = {
		secret: SECRET,
		allowSha1: false,
		acceptsType: buildEventTypeFilter({ events: ['/shipment_leg#departed'] }),
	};

	it('runs a genuine event of a selected type', () => {
		const decision = decideDelivery({ ...base, rawBody: body, headers: signed(body) });
		expect(decision).toMatchObject({ action: 'run', algorithm: 'sha256', event: { id: 354987 } });
	});

	it('acknowledges an unselected type with 200 and no run', () => {
		const other = Buffer.from(JSON.stringify({ id: 1, type: '/shipment#created' }));
		expect(decideDelivery({ ...base, rawBody: other, headers: signed(other) })).toMatchObject({
			action: 'ignore',
			status: 200,
			eventType: '/shipment#created',
		});
	});

	it('refuses oversized bodies with 413 before looking at the signature, by length or by Content-Length', () => {
		const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
		expect(decideDelivery({ ...base, rawBody: big, headers: {} })).toMatchObject({
			action: 'reject',
			status: 413,
		});
		expect(
			decideDelivery({
				...base,
				rawBody: undefined,
				headers: { 'content-length': String(MAX_BODY_BYTES + 1) },
			}),
		).toMatchObject({ status: 413 });
		expect(
			decideDelivery({
				...base,
				rawBody: body,
				headers: { ...signed(body), 'content-length': '10' },
				maxBodyBytes: 5,
			}),
		).toMatchObject({ status: 413 });
		expect(declaredLengthTooLarge({ 'content-length': 'abc' })).toBe(false);
	});

	it('answers 500 when n8n gave no raw body, 401 on bad signatures, 400 on signed non-objects', () => {
		expect(decideDelivery({ ...base, rawBody: undefined, headers: signed(body) })).toMatchObject({
			status: 500,
			reason: 'no-raw-body',
		});
		expect(decideDelivery({ ...base, rawBody: body, headers: {} })).toMatchObject({
			status: 401,
			reason: 'missing-signature',
		});
		for (const text of ['not json', '[1,2]', 'null', '"text"']) {
			const raw = Buffer.from(text);
			expect(decideDelivery({ ...base, rawBody: raw, headers: signed(raw) })).toMatchObject({
				status: 400,
				reason: 'not-an-event',
			});
		}
	});
});

describe('resourceRequest', () => {
	it('follows /api/refs/object links and maps _object + id to collection paths', () => {
		expect(
			resourceRequest({
				_object: '/api/refs/object',
				ref_type: '/shipment',
				link: 'https://api.flexport.com/shipments/12',
				id: 12,
			}),
		).toEqual({
			path: '/shipments/12',
			url: 'https://api.flexport.com/shipments/12',
		});
		expect(
			resourceRequest({
				_object: '/api/refs/object',
				ref_type: '/unknown',
				link: 'https://api.flexport.com/x/1',
			}),
		).toEqual({ path: '/unknown', url: 'https://api.flexport.com/x/1' });
		expect(resourceRequest({ _object: '/shipment_leg', id: 5 })).toEqual({
			path: '/shipment_legs/5',
		});
		expect(resourceRequest({ _object: '/ocean/shipment_container_leg', id: '7' })).toEqual({
			path: '/ocean/shipment_container_legs/7',
		});
		expect(resourceRequest({ _object: '/invoice', id: 'INV_1' })).toEqual({
			path: '/invoices/INV_1',
		});
	});

	it('gives up on unknown objects, missing or unsafe ids and non-objects', () => {
		expect(resourceRequest({ _object: '/shipment_leg' })).toBeUndefined();
		expect(resourceRequest({ _object: '/shipment', id: '../admin' })).toBeUndefined();
		expect(resourceRequest({ _object: '/mystery', id: 1 })).toBeUndefined();
		expect(resourceRequest(null)).toBeUndefined();
		expect(resourceRequest([{ _object: '/shipment', id: 1 }])).toBeUndefined();
	});
});
