/** The simulator's Logistics API as the tests see it (test/simulator/logistics/index.js). */
import type { IDataObject } from 'n8n-workflow';

export interface LogisticsRequest {
	method: string;
	path: string;
	apiPath?: string;
	version?: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	status: number;
	operationId: string | null;
	validationErrors: string[];
	replayed?: boolean;
	fault?: string;
}

/** `sim.logistics` (test/simulator/logistics/index.js). */
export interface LogisticsSim {
	apiUrl(version?: string): string;
	accessToken: string;
	limitedToken: string;
	limitedTokenMissingScope: string;
	readOnlyToken: string;
	versions: string[];
	fixtures: Record<string, string | number>;
	requests: LogisticsRequest[];
	stats(): IDataObject;
	resetStats(): void;
	setFaults(faults: IDataObject): void;
	clearFaults(): void;
	setSettings(settings: IDataObject): IDataObject;
	resetSettings(): void;
	freeze(frozen?: boolean): void;
	orderStats(): { created: number; distinctExternalOrderIds: number; duplicateOrders: number };
	setInventory(logisticsSku: string, available: number): IDataObject;
	db: IDataObject;
}
