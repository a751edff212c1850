/** Shaping parcel answers: tracking as a flat summary, the bare tracking URL, bulk job states. */
import type { IDataObject } from 'n8n-workflow';

import { withoutUndefined } from './inboundOutput';
import { asObject } from './shapes';

/** ParcelTracking as one flat record: status, carrier, links and the main event times. */
export function simplifyTracking(tracking: IDataObject): IDataObject {
	const times = asObject(tracking.eventTimestamps);
	return withoutUndefined({
		parcelId: tracking.parcelId,
		trackingCode: tracking.trackingCode,
		carrierCode: tracking.carrierCode,
		status: tracking.status,
		packageTrackingUrl: tracking.packageTrackingUrl,
		shippingLabelUrl: tracking.shippingLabelUrl,
		customerReferenceId: tracking.customerReferenceId,
		labelTime: times.labelTime,
		estimatedDeliveryTime: times.estimatedDeliveryTime,
		attemptedDeliveryTime: times.attemptedDeliveryTime,
		deliveryTime: times.deliveryTime,
		lastTrackingEventTime: times.lastTrackingEventTime,
		errorMessage: tracking.errorMessage,
	});
}

const URL_FIELDS = ['trackingUrl', 'url', 'packageTrackingUrl', 'tracking_url'];

/**
 * get_tracking_url answers with a bare string: as JSON (`"https://…"`) or, as some servers do,
 * as text/plain (possibly still in quotes). An object carrying the URL is read too. Anything
 * else is no URL (null), never an error: the parcel may have no tracking page yet.
 */
export function readTrackingUrl(body: unknown): string | null {
	if (typeof body === 'string') {
		let text = body.trim();
		if (/^".*"$/s.test(text)) {
			try {
				text = String(JSON.parse(text)).trim();
			} catch {
				text = text.slice(1, -1).trim();
			}
		}
		return text === '' ? null : text;
	}
	const object = asObject(body);
	for (const field of URL_FIELDS)
		if (typeof object[field] === 'string') return readTrackingUrl(object[field]);
	return null;
}

/** A bulk parcel job has finished once its status is neither pending nor in progress. */
export function isJobFinished(status: number, job: IDataObject): boolean {
	if (status === 202) return false;
	const state = typeof job.status === 'string' ? job.status.trim().toUpperCase() : '';
	return (
		state !== '' && !['PENDING', 'IN_PROGRESS', 'QUEUED', 'PROCESSING', 'RUNNING'].includes(state)
	);
}
