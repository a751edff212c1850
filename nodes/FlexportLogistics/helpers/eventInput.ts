/** The query of GET /events from the Filters collection, each value checked before sending. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { parseTextList } from '../../shared/readers/json';
import { collectionValues } from '../../shared/readers/parameters';
import { failParameter, isEmpty, normalizeDateTime, shown } from '../../shared/readers/values';

/** The `type` pattern of GET /events (^([\w\.]{0,50})$), without the empty value. */
const EVENT_TYPE = /^[\w.]{1,50}$/;
const EVENT_ID = /^[\w.:-]{1,100}$/;
const MAX_IDS = 100;

export function readEventFilters(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const values = collectionValues(context, 'filters', itemIndex);
	const qs: IDataObject = {};
	if (!isEmpty(values.type)) {
		const type = typeof values.type === 'string' ? values.type.trim() : '';
		if (!EVENT_TYPE.test(type))
			failParameter(
				context,
				itemIndex,
				`"Filters → Event Type" must be an event type such as Order.Shipped (letters, digits, _ and ., at most 50), but got ${shown(values.type)}`,
			);
		qs.type = type;
	}
	if (!isEmpty(values.after))
		qs.after = normalizeDateTime(context, values.after, 'Filters → After', itemIndex);
	if (!isEmpty(values.ids)) {
		const ids = parseTextList(typeof values.ids === 'number' ? String(values.ids) : values.ids);
		const bad = ids.find((id) => !EVENT_ID.test(id));
		if (bad !== undefined || ids.length === 0)
			failParameter(
				context,
				itemIndex,
				`"Filters → Event IDs" must be comma-separated event IDs, but got ${shown(bad ?? values.ids)}`,
			);
		if (ids.length > MAX_IDS)
			failParameter(context, itemIndex, `"Filters → Event IDs" has more than ${MAX_IDS} IDs`);
		qs.ids = [...new Set(ids)];
	}
	return qs;
}
