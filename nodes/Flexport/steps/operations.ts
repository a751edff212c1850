/**
 * The operations every resource builds the same way — Get, Get Many, Update with an "Update
 * Fields" collection — as one parameter list and one execute function each, from the resource's
 * own parts (its locator, filters, sort values, fields and body).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	fieldsCollection,
	returnAllAndLimit,
	simplify,
	updateDisplayOptions,
} from '../descriptions/common.description';
import {
	type FilterSpec,
	filtersCollection,
	sortOptions,
} from '../descriptions/filters.description';
import { LINK_FIELDS } from '../descriptions/links.description';
import {
	getProperties,
	type ObjectTarget,
	objectLocator,
} from '../descriptions/objects.description';
import { collectionValues, requireSomeFields, targetId } from '../helpers/parameters';
import type { FlexportResource, OperationModule } from '../node.type';
import type { FlexportObject } from '../objects';
import { getObject } from './get';
import { listRecords } from './list';
import { writeObject } from './write';

const shownFor = (resource: FlexportResource, operation: string) => ({
	show: { resource: [resource], operation: [operation] },
});

/** Get: the object's locator, Simplify and Resolve Links. */
export function getOperation(resource: FlexportResource, target: ObjectTarget): OperationModule {
	return {
		description: updateDisplayOptions(
			shownFor(resource, 'get'),
			getProperties(target, LINK_FIELDS[resource]),
		),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			return await getObject.call(this, itemIndex, target);
		},
	};
}

export interface ListOptions {
	filters: FilterSpec[];
	/** Whether the list takes `f.metadata.KEY` filters. */
	metadata?: boolean;
	sortValues?: readonly string[];
	/** Parameters shown after the filters and sort. */
	extraProperties?: INodeProperties[];
	/** Query read from `extraProperties`. */
	extraQuery?: (context: IExecuteFunctions, itemIndex: number) => IDataObject;
}

/** Get Many: Return All / Limit, Filters, Sort (where the list has one) and Simplify. */
export function listOperation(
	resource: FlexportResource,
	object: FlexportObject,
	options: ListOptions,
): OperationModule {
	const { filters, sortValues } = options;
	return {
		description: updateDisplayOptions(shownFor(resource, 'getAll'), [
			...returnAllAndLimit,
			filtersCollection(filters, options.metadata),
			...(sortValues ? [sortOptions(sortValues)] : []),
			...(options.extraProperties ?? []),
			simplify,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const query = options.extraQuery?.(this, itemIndex);
			return await listRecords.call(this, itemIndex, object, { filters, sortValues, query });
		},
	};
}

/** Update: the object's locator and an "Update Fields" collection, sent as a PATCH of the set fields. */
export function updateOperation(
	resource: FlexportResource,
	target: ObjectTarget,
	fields: INodeProperties[],
	toBody: (context: IExecuteFunctions, fields: IDataObject, itemIndex: number) => IDataObject,
): OperationModule {
	return {
		description: updateDisplayOptions(shownFor(resource, 'update'), [
			objectLocator(target),
			fieldsCollection('Update Fields', fields),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const id = targetId(this, target, itemIndex);
			const values = collectionValues(this, 'updateFields', itemIndex);
			const body = requireSomeFields(
				this,
				toBody(this, values, itemIndex),
				'Update Fields',
				itemIndex,
			);
			return await writeObject.call(this, itemIndex, 'PATCH', `${target.path}/${id}`, body);
		},
	};
}
