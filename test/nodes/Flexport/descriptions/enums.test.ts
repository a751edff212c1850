/** Every enumeration the node offers is the one Flexport's v2 OpenAPI file defines at that place. */
// Test-only file access (not shipped code).
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { resolve } from 'node:path';

import { parse } from 'yaml';

import * as enums from '../../../../nodes/Flexport/descriptions/enums';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
const SPEC = resolve(__dirname, '..', '..', '..', '..', 'spec', 'flexport-api-v2.yaml');

interface Schema {
	enum?: string[];
	properties?: Record<string, Schema>;
	items?: Schema;
}
interface Spec {
	paths: Record<string, Record<string, { parameters?: Array<{ name: string; schema?: Schema }> }>>;
	components: { schemas: Record<string, Schema> };
}
const spec = parse(readFileSync(SPEC, 'utf8')) as Spec;
// What the current v2 and the v3 pages add to the 2020 file (spec/flexport-api-versions.md).
const VERSIONS = readFileSync(resolve(SPEC, '..', 'flexport-api-versions.md'), 'utf8');
const listAfter = (pattern: RegExp): string[] =>
	(pattern.exec(VERSIONS)?.[1] ?? '').split(',').map((value) => value.trim());

const schema = (name: string, property?: string): Schema => {
	const found = spec.components.schemas[name];
	return property ? (found.properties?.[property] ?? {}) : found;
};
const queryParameter = (path: string, name: string): Schema =>
	spec.paths[path].get.parameters?.find((parameter) => parameter.name === name)?.schema ?? {};
const properties = (name: string) =>
	Object.keys(schema(name).properties ?? {}).filter((key) => key !== '_object');

const EXPECTED: Array<[keyof typeof enums, string[]]> = [
	['BOOKING_SORT', queryParameter('/bookings', 'sort').enum ?? []],
	['BOOKING_STATUSES', queryParameter('/bookings', 'f.status').enum ?? []],
	['INCOTERMS', schema('CreateOceanBooking', 'incoterm').enum ?? []],
	['TRUCKING_PAYMENT_TERMS', schema('CreateTruckingBooking', 'payment_terms').enum ?? []],
	['PURCHASE_ORDER_SORT', queryParameter('/purchase_orders', 'sort').enum ?? []],
	['PURCHASE_ORDER_STATUSES', queryParameter('/purchase_orders', 'f.status').enum ?? []],
	['PURCHASE_ORDER_ROLES', queryParameter('/purchase_orders', 'f.role').enum ?? []],
	['PORT_TYPES', queryParameter('/ports', 'f.port_type').enum ?? []],
	[
		'CARBON_TRANSPORTATION_MODES',
		schema('CreateCarbonCalculation', 'transportation_mode').enum ?? [],
	],
	['FLIGHT_TYPES', schema('CreateCarbonCalculation', 'flight_type').enum ?? []],
	['TRUCKING_SERVICE_TYPES', schema('CreateCarbonCalculation', 'trucking_service_type').enum ?? []],
	['WEIGHT_UNITS', schema('Weight', 'unit').enum ?? []],
	['LENGTH_UNITS', schema('Length', 'unit').enum ?? []],
	['INVOICE_STATUSES', queryParameter('/invoices', 'f.status').enum ?? []],
	['INVOICE_SORT', queryParameter('/invoices', 'sort').enum ?? []],
	['QUANTITY_UNITS', schema('CreateQuantity', 'unit').enum ?? []],
	['ADDRESS_FIELDS', properties('AddressForRequestBody')],
];

describe('enumerations the current v2 and v3 pages widened', () => {
	it('TRANSPORTATION_MODES: the 2020 modes with barge after air (§2.1)', () => {
		const modes = [...(schema('TransportationMode').enum ?? [])];
		modes.splice(modes.indexOf('air') + 1, 0, 'barge');
		expect(VERSIONS).toMatch(/adds \*\*`barge`\*\* after `air`/);
		expect([...enums.TRANSPORTATION_MODES]).toEqual(modes);
	});

	it('SHIPMENT_STATUSES: the 13 statuses of §2.1, the 7 of 2020 among them in order', () => {
		const current = listAfter(/\*\*13-value\*\* enum: ([a-z_, ]+)\./);
		expect(current).toHaveLength(13);
		expect([...enums.SHIPMENT_STATUSES]).toEqual(current);
		const old = schema('ShipmentStatus').enum ?? [];
		expect(current.filter((status) => old.includes(status))).toEqual(old);
	});

	it('SHIPMENT_SORT: the 2020 values and archived_at (§2.1)', () => {
		expect(VERSIONS).toMatch(/now also accepts \*\*`archived_at`\*\*/);
		expect([...enums.SHIPMENT_SORT]).toEqual([
			...(queryParameter('/shipments', 'sort').enum ?? []),
			'archived_at',
		]);
	});

	it('PURCHASE_ORDER_ROLES_V3: the 12 roles of f.roles (§2.8)', () => {
		const roles = listAfter(/comma-separated; items: ([a-z_, ]+) \(example/);
		expect(roles).toHaveLength(12);
		expect([...enums.PURCHASE_ORDER_ROLES_V3]).toEqual(roles);
	});
});

describe('enumerations against the v2 OpenAPI file', () => {
	it.each(EXPECTED)('%s', (name, expected) => {
		expect(expected.length).toBeGreaterThan(0);
		expect([...(enums[name] as readonly string[])]).toEqual(expected);
	});

	it('CONTAINER_SIZES are the fields of ContainerCounts', () => {
		expect(enums.CONTAINER_SIZES.map((size) => size.key)).toEqual(properties('ContainerCounts'));
	});

	it('BOOKING_MODES are the <mode>_booking details of CreateBooking', () => {
		expect(enums.BOOKING_MODES.map((mode) => `${mode}_booking`)).toEqual(
			properties('CreateBooking').filter((key) => key.endsWith('_booking')),
		);
	});
});
