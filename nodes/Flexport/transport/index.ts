/**
 * The freight API transport: the only place that knows Flexport's URLs, envelopes, pagination and
 * error documents. The mechanisms every Flexport API node shares (pacing, retries, timeouts, error
 * shaping, origin checks, page loops) are in nodes/shared/transport/.
 */
export { credentialTypeOf, type FlexportContext, type FlexportCredentialType } from './connection';
export { RETRY_POLICY, toNodeApiError } from './errors';
export { flexportApiRequest, flexportRawRequest, type RequestOptions } from './request';
export { flexportApiRequestAllItems, MAX_PAGE_SIZE, readPage, type Page } from './pagination';

export { describeFailure } from '../../shared/transport/failure';
export {
	DEFAULT_PACING,
	rateGateFor,
	requestPacing,
	type RequestPacing,
} from '../../shared/transport/pacing';
export type { BinaryResponse } from '../../shared/transport/request';
export { backoffMs, retryAfterMs } from '../../shared/transport/retry';
export { redactSecrets } from '../../shared/transport/redaction';
