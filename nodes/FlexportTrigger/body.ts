/** The bounded body read lives with the other webhook mechanisms both trigger families use. */
export { readDeliveryBody, type BodyReading, type DeliveryRequest } from '../shared/triggers/body';
