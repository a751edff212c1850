/** The Logistics API transport: the only place that knows its URLs, headers, errors and paging. */
export { LOGISTICS_CREDENTIAL, LOGISTICS_SERVICE, logisticsConnection } from './connection';
export { logisticsRequest, type LogisticsRequestOptions, type LogisticsResponse } from './request';
export { logisticsList, MAX_PAGES, type ListOptions, type PagingStyle } from './pagination';
export {
	readLogisticsProblem,
	ORDER_ERROR_TYPES,
	type LogisticsProblem,
	type OrderErrorInfo,
} from './problem';
export { logisticsDownload, type LogisticsFile } from './download';
