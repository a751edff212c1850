'use strict';

// The network: the own company, companies, company entities, contacts and locations.

const { INTERNAL } = require('../store');
const { addressFromRequest } = require('../shapes');
const { badRequest, notFound } = require('../http-util');
const { buildCompany, buildLocation, buildContact } = require('../seed');
const { newOpaqueId, requireRecord } = require('./records');

function ownCompany(ctx) {
	return { data: ctx.db.companies.get(ctx.db.ownCompanyId) };
}

function createCompany(ctx) {
	const company = buildCompany(
		newOpaqueId(),
		{ name: ctx.body.name, ref: ctx.body.ref, entities: [] },
		ctx.links,
	);
	return { data: ctx.db.companies.insert(company) };
}

function updateCompany(ctx) {
	const company = ctx.db.companies.get(ctx.pathParams.id);
	if (!company) throw notFound(`Company ${ctx.pathParams.id} not found`);
	if (ctx.body.name !== undefined) company.name = ctx.body.name;
	if (ctx.body.ref !== undefined) company.ref = ctx.body.ref;
	return { data: company };
}

function companyForCreate(db, body) {
	if (body.company_id !== undefined)
		return requireRecord(db.companies, body.company_id, 'company_id');
	if (body.company_ref !== undefined) {
		const company = db.companies.find((candidate) => candidate.ref === body.company_ref);
		if (!company)
			throw badRequest(`company_ref ${JSON.stringify(body.company_ref)} does not match a company`);
		return company;
	}
	return db.companies.get(db.ownCompanyId);
}

function vatFields(vatNumbers = []) {
	return vatNumbers.map((vat) => ({
		_object: '/company_entity/vat_number',
		country_code: vat.country_code,
		number: vat.number,
	}));
}

function createCompanyEntity(ctx) {
	const { db, body } = ctx;
	const company = companyForCreate(db, body);
	const entity = {
		_object: '/company_entity',
		id: db.companyEntities.nextId(),
		name: body.name,
		ref: body.ref || null,
		mailing_address: addressFromRequest(body.mailing_address),
		vat_numbers: vatFields(body.vat_numbers),
		[INTERNAL]: { companyId: company.id },
	};
	company.entities.push(entity);
	return { data: db.companyEntities.insert(entity) };
}

function updateCompanyEntity(ctx) {
	const entity = ctx.db.companyEntities.get(ctx.pathParams.id);
	if (!entity) throw notFound(`Company entity ${ctx.pathParams.id} not found`);
	const { body } = ctx;
	if (body.name !== undefined) entity.name = body.name;
	if (body.ref !== undefined) entity.ref = body.ref;
	if (body.mailing_address) entity.mailing_address = addressFromRequest(body.mailing_address);
	if (body.vat_numbers) entity.vat_numbers = vatFields(body.vat_numbers);
	return { data: entity };
}

function createContact(ctx) {
	const { db, body, links } = ctx;
	const company = companyForCreate(db, { company_id: body.company_id });
	const contact = buildContact(
		newOpaqueId(),
		{ name: body.name, email: body.email, phoneNumber: body.phone_number },
		company.id,
		links,
	);
	return { data: db.contacts.insert(contact) };
}

function updateContact(ctx) {
	const contact = ctx.db.contacts.get(ctx.pathParams.id);
	if (!contact) throw notFound(`Contact ${ctx.pathParams.id} not found`);
	const { body } = ctx;
	if (body.name !== undefined) contact.name = body.name;
	if (body.email !== undefined) contact.email = body.email;
	if (body.phone_number !== undefined) contact.phone_number = body.phone_number;
	return { data: contact };
}

function checkContactIds(db, contactIds = []) {
	for (const contactId of contactIds) requireRecord(db.contacts, contactId, 'contact_ids entry');
	return contactIds;
}

function createLocation(ctx) {
	const { db, body, links } = ctx;
	const company = requireRecord(db.companies, body.company_id, 'company_id');
	const location = buildLocation(
		newOpaqueId(),
		{
			name: body.name,
			ref: body.ref,
			metadata: body.metadata || {},
			contactIds: checkContactIds(db, body.contact_ids),
		},
		company.id,
		links,
	);
	location.address = { ...addressFromRequest(body.address), ref: body.ref || null };
	return { data: db.locations.insert(location) };
}

function updateLocation(ctx) {
	const { db, body } = ctx;
	const location = db.locations.get(ctx.pathParams.id);
	if (!location) throw notFound(`Location ${ctx.pathParams.id} not found`);
	if (body.name !== undefined) location.name = body.name;
	if (body.ref !== undefined) location.ref = body.ref;
	if (body.address) location.address = { ...addressFromRequest(body.address), ref: location.ref };
	if (body.metadata) location.metadata = body.metadata;
	if (body.contact_ids) location[INTERNAL].contactIds = checkContactIds(db, body.contact_ids);
	return { data: location };
}

module.exports = {
	ownCompany,
	createCompany,
	updateCompany,
	createCompanyEntity,
	updateCompanyEntity,
	createContact,
	updateContact,
	createLocation,
	updateLocation,
};
