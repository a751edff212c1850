/** Booking → Create: POST /bookings; parameters in descriptions/bookingCreate.description.ts. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { bookingCreateProperties } from '../../descriptions/bookingCreate.description';
import { updateDisplayOptions } from '../../descriptions/common.description';
import { BOOKING_MODES } from '../../descriptions/enums';
import { readBookingModeDetail } from '../../helpers/booking';
import { parseMetadata, parseObject } from '../../helpers/json';
import { assignDefined, textParameter } from '../../helpers/parameters';
import {
	failParameter,
	normalizeDate,
	optionalBoolean,
	optionalText,
	requireOneOf,
} from '../../helpers/values';
import { FLEXPORT_OBJECTS } from '../../objects';
import { writeObject } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['booking'], operation: ['create'] } },
	bookingCreateProperties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const text = (name: string, field: string) => textParameter(this, name, field, itemIndex);
	const mode = requireOneOf(
		this,
		this.getNodeParameter('mode', itemIndex),
		BOOKING_MODES,
		'Mode',
		itemIndex,
	);
	const body: IDataObject = {
		name: text('name', 'Name'),
		shipper_entity_ref: text('shipperEntityRef', 'Shipper Entity Ref'),
		consignee_entity_ref: text('consigneeEntityRef', 'Consignee Entity Ref'),
		origin_address_ref: text('originAddressRef', 'Origin Address Ref'),
		destination_address_ref: text('destinationAddressRef', 'Destination Address Ref'),
		cargo_ready_date: normalizeDate(
			this,
			this.getNodeParameter('cargoReadyDate', itemIndex),
			'Cargo Ready Date',
			itemIndex,
		),
		cargo: parseObject(this, this.getNodeParameter('cargo', itemIndex), 'Cargo (JSON)', itemIndex),
		[`${mode}_booking`]: readBookingModeDetail(this, mode, itemIndex),
	};

	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	if (additional.deliveryDate) {
		body.delivery_date = normalizeDate(
			this,
			additional.deliveryDate,
			'Additional Fields → Delivery Date',
			itemIndex,
		);
		if ((body.delivery_date as string) < (body.cargo_ready_date as string)) {
			failParameter(
				this,
				itemIndex,
				'"Additional Fields → Delivery Date" must not be before "Cargo Ready Date"',
			);
		}
	}
	assignDefined(body, {
		notify_party: optionalText(
			this,
			additional.notifyParty,
			'Additional Fields → Notify Party',
			itemIndex,
		),
		special_instructions: optionalText(
			this,
			additional.specialInstructions,
			'Additional Fields → Special Instructions',
			itemIndex,
		),
		wants_export_customs_service: optionalBoolean(
			this,
			additional.wantsExportCustomsService,
			'Additional Fields → Wants Export Customs Service',
			itemIndex,
		),
	});
	if (additional.metadata !== undefined && additional.metadata !== '') {
		body.metadata = parseMetadata(
			this,
			additional.metadata,
			'Additional Fields → Metadata (JSON)',
			itemIndex,
		);
	}

	return await writeObject.call(this, itemIndex, 'POST', FLEXPORT_OBJECTS.booking.path, body, {
		output: 'simplify',
	});
}
