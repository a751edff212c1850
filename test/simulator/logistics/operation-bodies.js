'use strict';

// Request bodies the operation cases share (valid per spec/flexport-logistics-api.yaml).

const address = () => ({
	name: 'Jordan Kim',
	address1: '1 Market St',
	city: 'San Francisco',
	provinceCode: 'CA',
	zip: '94105',
	countryCode: 'US',
	phone: '+1 415 555 0100',
});
const inboundAddress = () => ({
	address1: '200 Dock Rd',
	city: 'Reno',
	countryCode: 'US',
	provinceCode: 'NV',
	zip: '89502',
	company: 'Acme Outfitters',
});
const deliverrAddress = () => ({
	name: 'Sam Lee',
	street1: '10 Pine St',
	city: 'Dallas',
	zip: '75247',
	state: 'TX',
	country: 'US',
});
const dims = () => ({
	height: 6,
	length: 12,
	width: 9,
	lengthUnit: 'in',
	weight: 2,
	weightUnit: 'lb',
});
const contact = () => ({
	firstName: 'Ana',
	lastName: 'Ruiz',
	phone: '+1 213 555 0199',
	email: 'ana@example.com',
});
const freightAddress = () => ({
	street1: '500 Warehouse Ave',
	city: 'Los Angeles',
	zip: '90021',
	state: 'CA',
	country: 'US',
});
const stop = () => ({ address: freightAddress(), contact: contact() });
const pickup = () => ({ ...stop(), cargoReadyDate: '2030-01-15T09:00:00Z' });
const location = (zip) => ({ zip, locationType: 'COMMERCIAL' });
const pallet = () => ({ palletCount: 2, length: 48, width: 40, height: 50, weight: 800 });

/** A CreateOrderInput202307 for one line item; `address` overrides address fields. */
const orderInput = (
	externalOrderId,
	logisticsSku,
	{ quantity = 1, address: overrides = {} } = {},
) => ({
	externalOrderId,
	address: { ...address(), ...overrides },
	lineItems: [{ logisticsSku, quantity }],
});

module.exports = {
	orderInput,
	address,
	inboundAddress,
	deliverrAddress,
	dims,
	contact,
	freightAddress,
	stop,
	pickup,
	location,
	pallet,
};
