import type { INodeProperties } from 'n8n-workflow';

import {
	humanize,
	metadataField,
	sortByDisplayName,
	toOptions,
	updateDisplayOptions,
} from '../../../../nodes/Flexport/descriptions/common.description';
import { COMMERCIAL_INVOICE_FIELD_OPTIONS } from '../../../../nodes/Flexport/descriptions/finance.description';
import { Flexport } from '../../../../nodes/Flexport/Flexport.node';

describe('metadataField', () => {
	it('is one JSON parameter whose default is valid Flexport metadata', () => {
		const field = metadataField();
		expect(field).toMatchObject({ displayName: 'Metadata (JSON)', name: 'metadata', type: 'json' });
		expect(JSON.parse(field.default as string)).toEqual({ purchase_order: ['12345'] });
		expect(field.description).toBe('Tags as {"key": ["value", …]}');
		expect(field.required).toBeUndefined();
	});

	it('takes a name, label, wording, example and required flag', () => {
		const field = metadataField({
			name: 'new_metadata',
			displayName: 'New Metadata (JSON)',
			lead: 'Tags for the booking,',
			note: 'Replaces the current tags.',
			example: { key: 'color', value: 'blue' },
			required: true,
		});
		expect(field).toMatchObject({
			name: 'new_metadata',
			displayName: 'New Metadata (JSON)',
			required: true,
		});
		expect(field.description).toBe(
			'Tags for the booking, as {"key": ["value", …]}. Replaces the current tags.',
		);
		expect(JSON.parse(field.default as string)).toEqual({ color: ['blue'] });
	});

	it('is the only way the node writes a metadata parameter', () => {
		const metadataParameters: INodeProperties[] = [];
		const visit = (properties: INodeProperties[]) => {
			for (const property of properties) {
				if (property.type === 'json' && /metadata/i.test(property.name))
					metadataParameters.push(property);
				if (property.type === 'collection') visit((property.options ?? []) as INodeProperties[]);
			}
		};
		visit(new Flexport().description.properties);
		expect(metadataParameters.length).toBeGreaterThanOrEqual(5);
		for (const property of metadataParameters) {
			const built = metadataField({ name: property.name, displayName: property.displayName });
			expect(property.description).toMatch(/as \{"key": \["value", …\]\}/);
			expect(property.type).toBe(built.type);
			expect(Object.values(JSON.parse(property.default as string))[0]).toEqual(expect.any(Array));
		}
	});
});

describe('option helpers', () => {
	it('humanize and toOptions turn API values into labels', () => {
		expect(humanize('/ocean/shipment_container#empty_returned')).toBe(
			'Ocean shipment container empty returned',
		);
		expect(toOptions(['past_due'])).toEqual([{ name: 'Past due', value: 'past_due' }]);
	});

	it('sortByDisplayName orders a copy alphabetically, whatever order the pieces come in', () => {
		const shuffled = [...COMMERCIAL_INVOICE_FIELD_OPTIONS].reverse();
		const sorted = sortByDisplayName(shuffled);
		expect(sorted.map((option) => option.displayName)).toEqual(
			COMMERCIAL_INVOICE_FIELD_OPTIONS.map((option) => option.displayName).sort((a, b) =>
				a.localeCompare(b),
			),
		);
		expect(shuffled[0]).toBe(COMMERCIAL_INVOICE_FIELD_OPTIONS.at(-1));
	});

	it('updateDisplayOptions merges the operation into every property, keeping their own conditions', () => {
		const [merged] = updateDisplayOptions({ show: { resource: ['shipment'] } }, [
			{
				displayName: 'A',
				name: 'a',
				type: 'string',
				default: '',
				displayOptions: { show: { mode: ['x'] }, hide: { other: [true] } },
			},
		]);
		expect(merged.displayOptions).toEqual({
			show: { resource: ['shipment'], mode: ['x'] },
			hide: { other: [true] },
		});
	});
});

describe('commercial invoice Update Fields', () => {
	it('list every shared field once, in alphabetical order', () => {
		const update = new Flexport().description.properties.find(
			(property) =>
				property.name === 'updateFields' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes(
					'commercialInvoice',
				),
		);
		const names = ((update?.options ?? []) as INodeProperties[]).map(
			(option) => option.displayName,
		);
		for (const shared of COMMERCIAL_INVOICE_FIELD_OPTIONS)
			expect(names.filter((name) => name === shared.displayName)).toHaveLength(1);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});
});
