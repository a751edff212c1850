/** Parameters of a valid parcel (a US address, a small box), shared by the parcel tests. */
export const shipTo = {
	address: {
		name: 'Jane Doe',
		street1: '123 Main St',
		city: 'Atlanta',
		state: 'GA',
		zip: '30318',
		country: 'US',
	},
};

export const box = {
	value: { length: 10, width: 8, height: 4, lengthUnit: 'in', weight: 2, weightUnit: 'lb' },
};

/** One BulkParcelRequest as the Parcels (JSON) field takes it. */
export function bulkParcel(customerParcelId: string): Record<string, unknown> {
	return {
		customerParcelId,
		serviceLevel: 'STANDARD',
		shipToAddress: shipTo.address,
		dimensions: box.value,
	};
}
