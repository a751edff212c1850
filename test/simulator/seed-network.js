'use strict';

// The seeded network: the caller's company with its entities, locations and contacts,
// and the partner companies; the build* functions also serve the network write handlers.

const { INTERNAL } = require('./store');
const { address } = require('./shapes');
const { PARTNERS, OWN_COMPANY } = require('./reference-data');

function entityFields(fields) {
	return {
		street: fields.street,
		street2: fields.street2,
		city: fields.city,
		state: fields.state,
		country: fields.country,
		countryCode: fields.countryCode,
		zip: fields.zip,
		unlocode: fields.unlocode,
		timezone: fields.timezone,
	};
}

function buildCompanyEntity(id, fields, rng) {
	return {
		_object: '/company_entity',
		id,
		name: fields.name,
		ref: fields.ref,
		mailing_address: address(entityFields(fields)),
		vat_numbers: fields.vatPrefix
			? [
					{
						_object: '/company_entity/vat_number',
						country_code: fields.vatPrefix,
						number: `${fields.vatPrefix} ${rng.digits(9)}`,
					},
				]
			: [],
	};
}

function buildCompany(id, { name, ref, entities }, links) {
	return {
		_object: '/network/company',
		id,
		metadata: {},
		name,
		ref: ref || null,
		editable: true,
		entities,
		locations: links.collectionRef('/network/location', `/network/locations?f.company.id=${id}`),
		contacts: links.collectionRef('/network/contact', `/network/contacts?f.company.id=${id}`),
	};
}

function buildLocation(id, fields, companyId, links) {
	return {
		_object: '/network/location',
		id,
		metadata: fields.metadata || {},
		name: fields.name,
		address: address({ ...entityFields(fields), ref: fields.ref }),
		editable: true,
		company: links.company(companyId),
		contacts: links.collectionRef('/network/contact', `/network/contacts?f.location.id=${id}`),
		ref: fields.ref || null,
		[INTERNAL]: { companyId, contactIds: fields.contactIds || [] },
	};
}

function buildContact(id, { name, email, phoneNumber }, companyId, links) {
	return {
		_object: '/network/contact',
		id,
		name,
		email,
		phone_number: phoneNumber,
		locations: links.collectionRef('/network/location', `/network/locations?f.contact.id=${id}`),
		company: links.company(companyId),
		[INTERNAL]: { companyId },
	};
}

const FIRST_NAMES = [
	'Wei',
	'Linh',
	'Min-jun',
	'Priya',
	'Anna',
	'Lukas',
	'Maria',
	'James',
	'Chen',
	'Sofia',
	'Arjun',
	'Emma',
];
const LAST_NAMES = [
	'Zhang',
	'Nguyen',
	'Kim',
	'Sharma',
	'de Vries',
	'Schmidt',
	'Garcia',
	'Miller',
	'Lin',
	'Rossi',
	'Patel',
	'Brown',
];

function addContacts(context, company, count, locationIds) {
	const { db, rng, links } = context;
	const domain = `${(company.ref || 'example').replace(/_/g, '')}.example.com`;
	for (let i = 0; i < count; i += 1) {
		const first = rng.pick(FIRST_NAMES);
		const last = rng.pick(LAST_NAMES);
		const contact = buildContact(
			rng.opaqueId(),
			{
				name: `${first} ${last}`,
				email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}`,
				phoneNumber: `+1-555-${rng.digits(3)}-${rng.digits(4)}`,
			},
			company.id,
			links,
		);
		db.contacts.insert(contact);
		for (const locationId of locationIds)
			db.locations.get(locationId)[INTERNAL].contactIds.push(contact.id);
	}
}

function seedNetwork(context) {
	const { db, rng, links } = context;
	const own = buildCompany(
		rng.opaqueId(),
		{ name: OWN_COMPANY.name, ref: OWN_COMPANY.ref, entities: [] },
		links,
	);
	for (const fields of OWN_COMPANY.entities) {
		own.entities.push(
			db.companyEntities.insert(buildCompanyEntity(db.companyEntities.nextId(), fields, rng)),
		);
	}
	db.companies.insert(own);
	db.ownCompanyId = own.id;
	const ownLocationIds = OWN_COMPANY.locations.map(
		(fields) =>
			db.locations.insert(
				buildLocation(
					rng.opaqueId(),
					{ ...fields, metadata: { region: [fields.countryCode === 'US' ? 'NA' : 'EU'] } },
					own.id,
					links,
				),
			).id,
	);
	addContacts(context, own, 3, ownLocationIds);

	for (const partner of PARTNERS) {
		const entity = db.companyEntities.insert(
			buildCompanyEntity(db.companyEntities.nextId(), partner, rng),
		);
		const company = db.companies.insert(
			buildCompany(
				rng.opaqueId(),
				{ name: partner.name, ref: partner.ref, entities: [entity] },
				links,
			),
		);
		company.metadata = { tier: [rng.pick(['strategic', 'preferred', 'approved'])] };
		entity[INTERNAL] = { companyId: company.id };
		const kind = partner.countryCode === 'US' ? 'warehouse' : 'factory';
		const location = db.locations.insert(
			buildLocation(
				rng.opaqueId(),
				{
					...partner,
					name: `${partner.name} ${kind === 'factory' ? 'Factory' : 'Warehouse'}`,
					ref: `${partner.ref}_${kind}`,
				},
				company.id,
				links,
			),
		);
		addContacts(context, company, 2, [location.id]);
	}
	for (const entity of own.entities) entity[INTERNAL] = { companyId: own.id };
}

module.exports = { buildCompanyEntity, buildCompany, buildLocation, buildContact, seedNetwork };
