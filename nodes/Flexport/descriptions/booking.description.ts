/** Booking parameter shapes: container counts and port codes (Booking → Create, Booking Amendment). */
import type { INodeProperties } from 'n8n-workflow';

import { CONTAINER_SIZES } from './enums';

/** Number fields for Flexport's ContainerCounts; `prefix` keeps names unique inside a collection. */
export function containerCountFields(prefix = ''): INodeProperties[] {
	return CONTAINER_SIZES.map(({ key, label }) => ({
		displayName: `${prefix ? 'New ' : ''}${label} Containers`,
		name: `${prefix}${key}`,
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: `Number of ${label} containers; sent as ${prefix ? 'new_container_counts' : 'container_counts'}.${key}`,
	}));
}

/** Optional port-code text fields for one side (origin or destination) of a booking. */
export function portCodeFields(
	side: 'origin' | 'destination',
	codes: ReadonlyArray<'us_cbp_port_code' | 'loc_code' | 'iata_code' | 'icao_code'>,
	prefix = '',
): INodeProperties[] {
	const labels = {
		us_cbp_port_code: 'US CBP Port Code',
		loc_code: 'UN/LOCODE',
		iata_code: 'IATA Code',
		icao_code: 'ICAO Code',
	};
	const examples = {
		us_cbp_port_code: '2704',
		loc_code: 'CNYTN',
		iata_code: 'PVG',
		icao_code: 'ZSPD',
	};
	const sideLabel = side === 'origin' ? 'Origin' : 'Destination';
	return codes.map((code) => ({
		displayName: `${prefix ? 'New ' : ''}${sideLabel} Port ${labels[code]}`,
		name: `${prefix}${side}_port_${code}`,
		type: 'string',
		default: '',
		placeholder: `e.g. ${examples[code]}`,
		description: `Sent as ${prefix}${side}_port_${code}`,
	}));
}
