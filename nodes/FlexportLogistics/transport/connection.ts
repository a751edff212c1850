/**
 * Where the Logistics API is: the credential's base URL and API version, read once per node run.
 * The credential itself adds the bearer token (credentials/FlexportLogisticsApi.credentials.ts).
 */
import { NodeOperationError } from 'n8n-workflow';

import type { ApiContext } from '../../shared/transport/context';
import { apiOrigin, type ApiOrigin } from '../../shared/transport/origin';
import { logisticsPathPrefix, readLogisticsSettings } from './settings';

export const LOGISTICS_CREDENTIAL = 'flexportLogisticsApi';

export const LOGISTICS_SERVICE = 'Flexport Logistics';

export interface LogisticsConnection extends ApiOrigin {
	version: string;
	/** `/logistics/api/{version}`, put before every operation path. */
	prefix: string;
}

const connections = new WeakMap<object, Promise<LogisticsConnection>>();

async function readConnection(context: ApiContext): Promise<LogisticsConnection> {
	const settings = readLogisticsSettings(await context.getCredentials(LOGISTICS_CREDENTIAL));
	if ('problem' in settings) throw new NodeOperationError(context.getNode(), settings.problem);
	return {
		...apiOrigin(context, settings.baseUrl, LOGISTICS_SERVICE),
		version: settings.version,
		prefix: logisticsPathPrefix(settings.version),
	};
}

/** The connection of this node run (one credential read, however many items and pages). */
export async function logisticsConnection(context: ApiContext): Promise<LogisticsConnection> {
	let cached = connections.get(context);
	if (!cached) {
		cached = readConnection(context);
		connections.set(context, cached);
		cached.catch(() => connections.delete(context));
	}
	return await cached;
}
