/** The registry of Flexport objects against the OpenAPI file, and the lookups the triggers use. */
// Test-only file access (not shipped code).
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { resolve } from 'node:path';

import { parse } from 'yaml';

import {
	collectionPathOf,
	FLEXPORT_OBJECTS,
	MY_COMPANY_PATH,
	objectTypeLabel,
} from '../../../nodes/Flexport/objects';

const pathsOf = (file: string) =>
	Object.keys(
		(
			parse(
				// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
				readFileSync(resolve(__dirname, '..', '..', '..', 'spec', file), 'utf8'),
			) as { paths: object }
		).paths,
	).map((path) => path.replace(/\/(?::id|\{id\})/, '/{id}'));
const specPaths = new Set(pathsOf('flexport-api-v2.yaml'));
/** Operations API version 3 and the dated versions add (tracking). */
const additionPaths = new Set(pathsOf('flexport-api-v3-additions.yaml'));

describe('FLEXPORT_OBJECTS', () => {
	it.each(Object.entries(FLEXPORT_OBJECTS))(
		'%s: its collection path is in the v2 file or the v3 additions',
		(_name, object) => {
			expect(specPaths.has(object.path) || additionPaths.has(object.path)).toBe(true);
			expect(object.urlSegment).toBe(object.path.split('/').pop());
		},
	);

	it.each(Object.entries(FLEXPORT_OBJECTS))(
		'%s: a Get by ID exists exactly where the registry says so',
		(_name, object) => {
			expect(specPaths.has(`${object.path}/{id}`)).toBe(!('byId' in object));
		},
	);

	it('knows the credential-check path and gives each kind of object its own collection', () => {
		expect(specPaths.has(MY_COMPANY_PATH)).toBe(true);
		const paths = Object.values(FLEXPORT_OBJECTS).map((object) => object.path);
		expect(new Set(paths).size).toBe(paths.length);
		const types = Object.values(FLEXPORT_OBJECTS).map((object) => object.objectType);
		expect(new Set(types).size).toBe(types.length);
	});
});

describe('lookups by _object / ref_type', () => {
	it('collectionPathOf finds where a record can be fetched by ID, including the spellings events use', () => {
		expect(collectionPathOf('/shipment')).toBe('/shipments');
		expect(collectionPathOf('/shipment_leg')).toBe('/shipment_legs');
		expect(collectionPathOf('/ocean/shipment_container_leg')).toBe(
			'/ocean/shipment_container_legs',
		);
		expect(collectionPathOf('/shipment_container_leg')).toBe('/ocean/shipment_container_legs');
		expect(collectionPathOf('/network/company')).toBe('/network/companies');
	});

	it('collectionPathOf has nothing for kinds Flexport cannot fetch by ID, nor for unknown ones', () => {
		for (const type of [
			'/place',
			'/carbon_calculation',
			'/booking_amendment',
			'/ocean/shipment_leg',
			'/shipments',
			'/mystery',
			'constructor',
			'__proto__',
		])
			expect(collectionPathOf(type)).toBeUndefined();
	});

	it('objectTypeLabel names each kind as events show it', () => {
		expect(objectTypeLabel('/shipment')).toBe('Shipment');
		expect(objectTypeLabel('/shipments')).toBe('Shipment');
		expect(objectTypeLabel('/shipment_container_leg')).toBe('Container Leg');
		expect(objectTypeLabel('/ocean/shipment_container_leg')).toBe('Ocean Container Leg');
		expect(objectTypeLabel('/ocean/shipment_leg')).toBe('Ocean Shipment Leg');
		expect(objectTypeLabel('/mystery')).toBeUndefined();
	});
});
