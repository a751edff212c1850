/** Booking bodies: container counts, port codes and product descriptions (Booking → Create, Booking Amendment). */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { assignDefined, optionalNumber } from './fields';
import { failParameter, parseJsonParameter } from './utils';

const CONTAINER_SIZES = [
	{ key: 'twenty_ft', label: '20ft' },
	{ key: 'forty_ft', label: '40ft' },
	{ key: 'forty_ft_hc', label: '40ft High Cube' },
	{ key: 'forty_five_ft_hc', label: '45ft High Cube' },
] as const;

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

/** Reads the container-count fields from a collection into a ContainerCounts object (undefined if none set). */
export function readContainerCounts(
	context: IExecuteFunctions,
	values: IDataObject,
	prefix: string,
	itemIndex: number,
	fieldPrefix: string,
): IDataObject | undefined {
	const counts = assignDefined(
		{},
		Object.fromEntries(
			CONTAINER_SIZES.map(({ key, label }) => [
				key,
				optionalNumber(
					context,
					values[`${prefix}${key}`],
					`${fieldPrefix}${prefix ? 'New ' : ''}${label} Containers`,
					itemIndex,
					{ min: 0, integer: true },
				),
			]),
		),
	);
	return Object.keys(counts).length > 0 ? counts : undefined;
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

/**
 * A JSON list of product descriptions (`[{"description": "Watches", "hs_code": "9101.00"}]`);
 * every entry needs description and hs_code, and only the keys Flexport knows are allowed.
 */
export function parseProductDescriptions(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	allowedKeys: readonly string[],
): IDataObject[] {
	const list = parseJsonParameter(context, value, field, itemIndex, 'array') as unknown[];
	if (list.length === 0)
		failParameter(context, itemIndex, `"${field}" must list at least one product`);
	return list.map((entry, position) => {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			failParameter(
				context,
				itemIndex,
				`"${field}": entry ${position + 1} must be an object such as {"description": "Watches", "hs_code": "9101.00"}`,
			);
		}
		const record = entry as IDataObject;
		for (const [key, item] of Object.entries(record)) {
			if (!allowedKeys.includes(key)) {
				failParameter(
					context,
					itemIndex,
					`"${field}": entry ${position + 1} has unknown key "${key}" (allowed: ${allowedKeys.join(', ')})`,
				);
			}
			if (typeof item !== 'string')
				failParameter(
					context,
					itemIndex,
					`"${field}": entry ${position + 1}, "${key}" must be text`,
				);
		}
		for (const key of ['description', 'hs_code']) {
			if (typeof record[key] !== 'string' || (record[key] as string).trim() === '') {
				failParameter(
					context,
					itemIndex,
					`"${field}": entry ${position + 1} needs "${key}" as text`,
				);
			}
		}
		return record;
	});
}
