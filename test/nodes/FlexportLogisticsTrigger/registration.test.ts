/** The stored registration and the token check, on their own (no HTTP). */
import { checkToken } from '../../../nodes/FlexportLogisticsTrigger/delivery';
import {
	chosenEventTypes,
	LOGISTICS_EVENT_TYPES,
	logisticsEventTypeLabel,
} from '../../../nodes/FlexportLogisticsTrigger/eventTypes';
import {
	ownWebhookIds,
	readRegistration,
	type Registration,
	registrationIsCurrent,
} from '../../../nodes/FlexportLogisticsTrigger/registration';
import { secretDigest } from '../../../nodes/shared/triggers/secrets';

const URL_A = 'https://n8n.example.com/webhook/abc/webhook';
const TOKEN = 'a-random-token-of-the-trigger';
const registration: Registration = {
	version: 1,
	url: URL_A,
	tokenHeader: 'X-Flexport-Webhook-Token',
	tokenDigest: secretDigest(TOKEN),
	webhooks: [
		{ id: '7', type: 'Order.Shipped' },
		{ id: '8', type: 'Inventory.Adjusted' },
	],
};
const listed = [
	{ id: '7', type: 'Order.Shipped', url: URL_A },
	{ id: '8', type: 'Inventory.Adjusted', url: URL_A },
	{ id: '1', type: 'Order.Shipped', url: 'https://hooks.example.com/other' },
];
const wanted = {
	url: URL_A,
	tokenHeader: 'x-flexport-webhook-token',
	types: ['Inventory.Adjusted', 'Order.Shipped'],
};

describe('readRegistration', () => {
	it('accepts what create() stores and refuses anything else', () => {
		expect(readRegistration(JSON.parse(JSON.stringify(registration)))).toEqual(registration);
		for (const bad of [
			undefined,
			null,
			'x',
			{},
			{ ...registration, version: 2 },
			{ ...registration, webhooks: 'x' },
		])
			expect(readRegistration(bad)).toBeUndefined();
		expect(
			readRegistration({
				...registration,
				webhooks: [{ id: 7, type: 'x' }, null, { id: '9', type: 'T' }],
			})?.webhooks,
		).toEqual([{ id: '9', type: 'T' }]);
	});
});

describe('registrationIsCurrent', () => {
	it('true only for the same URL, header (any case) and types, every id still listed with them', () => {
		expect(registrationIsCurrent(registration, wanted, listed)).toBe(true);
		expect(registrationIsCurrent(undefined, wanted, listed)).toBe(false);
		expect(registrationIsCurrent(registration, { ...wanted, url: `${URL_A}x` }, listed)).toBe(
			false,
		);
		expect(registrationIsCurrent(registration, { ...wanted, tokenHeader: 'X-Other' }, listed)).toBe(
			false,
		);
		expect(
			registrationIsCurrent(registration, { ...wanted, types: ['Order.Shipped'] }, listed),
		).toBe(false);
		expect(registrationIsCurrent(registration, wanted, listed.slice(1))).toBe(false);
		const moved = listed.map((entry) =>
			entry.id === '8' ? { ...entry, url: 'https://elsewhere' } : entry,
		);
		expect(registrationIsCurrent(registration, wanted, moved)).toBe(false);
	});
});

describe('ownWebhookIds', () => {
	it('webhooks at this URL and earlier ones at the stored URL; never another integration', () => {
		expect(ownWebhookIds(registration, URL_A, listed).sort()).toEqual(['7', '8']);
		expect(ownWebhookIds(undefined, URL_A, listed).sort()).toEqual(['7', '8']);
		// n8n's URL changed: the earlier registrations (at the stored URL) are still this node's.
		expect(
			ownWebhookIds(registration, 'https://new.example.com/webhook/abc/webhook', listed).sort(),
		).toEqual(['7', '8']);
		// Flexport could not list: the stored ids.
		expect(ownWebhookIds(registration, URL_A, undefined).sort()).toEqual(['7', '8']);
		expect(ownWebhookIds(undefined, 'https://nobody', listed)).toEqual([]);
	});
});

describe('checkToken', () => {
	it('compares the named header (any case) with the stored digest', () => {
		expect(checkToken(registration, { 'x-flexport-webhook-token': TOKEN })).toEqual({
			valid: true,
		});
		expect(checkToken(registration, { 'X-FLEXPORT-WEBHOOK-TOKEN': TOKEN })).toEqual({
			valid: true,
		});
		expect(checkToken(registration, { 'x-flexport-webhook-token': `${TOKEN}x` })).toMatchObject({
			valid: false,
			reason: 'token-mismatch',
		});
		expect(checkToken(registration, {})).toMatchObject({ valid: false, reason: 'missing-token' });
		expect(checkToken(registration, { 'x-flexport-webhook-token': ['a', 'b'] })).toMatchObject({
			valid: false,
		});
		expect(checkToken(undefined, { 'x-flexport-webhook-token': TOKEN })).toMatchObject({
			valid: false,
			reason: 'not-registered',
		});
		expect(
			checkToken(
				{ ...registration, tokenDigest: 'not-a-digest' },
				{ 'x-flexport-webhook-token': TOKEN },
			),
		).toMatchObject({ valid: false });
	});
});

describe('event types', () => {
	it('offers the documented types with readable names', () => {
		expect(LOGISTICS_EVENT_TYPES.map((entry) => entry.type)).toEqual(
			expect.arrayContaining([
				'Order.Shipped',
				'Parcel.TrackingUpdated',
				'Return.Updated',
				'Inventory.Adjusted',
			]),
		);
		expect(logisticsEventTypeLabel('Parcel.TrackingUpdated')).toBe('Parcel Tracking Updated');
	});

	it('joins list and free text, drops the wildcard and repeats, and names a bad free-text type', () => {
		expect(chosenEventTypes(['Order.Shipped', '*'], ' Order.Created,Order.Shipped ,')).toEqual({
			types: ['Order.Created', 'Order.Shipped'],
		});
		expect(chosenEventTypes(undefined, undefined)).toEqual({ types: [] });
		expect(chosenEventTypes([], 'Order Created')).toEqual({
			problem: expect.stringContaining('"Other Event Types" holds "Order Created"'),
		});
		expect(chosenEventTypes([], 'x'.repeat(51))).toHaveProperty('problem');
	});
});
