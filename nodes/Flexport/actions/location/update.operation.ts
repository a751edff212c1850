import { LOCATION_FIELD_OPTIONS } from '../../descriptions/network.description';
import { LOCATORS } from '../../descriptions/objects.description';
import { locationFieldsToBody } from '../../helpers/network';
import { updateOperation } from '../../steps/operations';

export const { description, execute } = updateOperation(
	'location',
	LOCATORS.location,
	LOCATION_FIELD_OPTIONS,
	(context, fields, itemIndex) => locationFieldsToBody(context, fields, 'Update Fields', itemIndex),
);
