'use strict';

// Seeded freight data: ports, quotes of each mode (one LTL too large, so INELIGIBLE) and orders
// in several states, each with a customer BOL id that GET /freight/tracking_events knows.

const { buildFreightQuote, buildFreightOrder } = require('./handlers-freight');
const { DAY_MS } = require('./records');

function seedFreight(db, { random, now, gen }) {
	db.ports.push(
		...[
			['LAX', 'Port of Los Angeles', 'San Pedro', 'CA', '90731'],
			['LGB', 'Port of Long Beach', 'Long Beach', 'CA', '90802'],
			['NWK', 'Port Newark', 'Newark', 'NJ', '07114'],
			['SAV', 'Port of Savannah', 'Garden City', 'GA', '31408'],
			['OAK', 'Port of Oakland', 'Oakland', 'CA', '94607'],
		].map(([id, name, city, state, zip]) => ({
			id,
			name,
			street1: '1 Harbor Way',
			street2: '',
			city,
			stateOrProvince: state,
			postalCode: zip,
			country: 'US',
		})),
	);
	const location = (zip) => ({ zip, locationType: 'COMMERCIAL', liftGateRequired: false });
	const stop = () => ({
		address: gen.build('FreightAddress', { country: 'US' }),
		contact: gen.build('Contact'),
	});
	const modes = ['LTL', 'FTL', 'DRAYAGE', 'LTL', 'FTL', 'LTL', 'DRAYAGE'];
	modes.forEach((mode, index) => {
		const input = {
			pickupDetails: location('90021'),
			deliveryDetails: location('89502'),
			palletCount: 2 + index,
			packageCount: 1,
		};
		db.freightQuotes.insert(
			buildFreightQuote(mode, input, db.freightQuotes.nextId(), {
				random,
				now: now - (8 - index) * DAY_MS,
			}),
		);
	});
	const statuses = ['BOOKED', 'IN_PROGRESS', 'COMPLETED', 'TENDERED', 'CANCELLED'];
	db.freightQuotes
		.all()
		.slice(0, 5)
		.forEach((quote, index) => {
			const input = {
				quoteId: quote.id,
				deliveryDetails: stop(),
				pickupDetails: { ...stop(), cargoReadyDate: new Date(now).toISOString() },
				pallets: [gen.build('PackageDetails', { palletCount: 2 })],
				totalWeight: 12000,
				palletCount: 10,
				portId: 'LAX',
				containerId: `MSCU${random.digits(7)}`,
				masterBolId: `MBL${random.digits(9)}`,
			};
			const order = buildFreightOrder(quote.type, input, db.freightOrders.nextId(), quote, {
				random,
				now: now - (7 - index) * DAY_MS,
			});
			order.status = statuses[index];
			quote.status = 'BOOKED';
			db.freightOrders.insert(order);
		});
}

module.exports = { seedFreight };
