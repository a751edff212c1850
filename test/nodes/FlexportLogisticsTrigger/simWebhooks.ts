/** The webhook side of the simulator's Logistics API, typed for the trigger tests. */
import type { IDataObject } from 'n8n-workflow';

import type { LogisticsEnv, LogisticsSim } from '../../harness/logisticsFixture';

/** A stored webhook of the simulator (WebhookModel as registered, secrets included). */
export interface SimWebhook {
	id: number;
	type: string;
	url: string;
	method: string;
	authMethod: string;
	tokenHeader?: string;
	token?: string;
}

export interface DeliveryAttempt {
	webhookId: number;
	logisticsEventId: string;
	type: string;
	attempt: number;
	status: number | null;
	outcome: 'delivered' | 'retrying' | 'failed' | 'skipped' | 'abandoned';
	url?: string;
}

/** The webhook side of `sim.logistics` (test/simulator/logistics/deliveries.js). */
export interface WebhookSim extends LogisticsSim {
	emitEvent(
		type: string,
		fields?: IDataObject,
		options?: { deliverNow?: boolean; time?: number },
	): { event: IDataObject & { id: string; type: string; time: string }; webhookIds: number[] };
	redeliver(logisticsEventId: string): { webhookIds: number[] };
	deliveries(): DeliveryAttempt[];
	waitForDeliveries(
		predicate: (attempts: DeliveryAttempt[]) => boolean,
		options?: { timeoutMs?: number },
	): Promise<DeliveryAttempt[]>;
}

export function webhookSim(env: LogisticsEnv): WebhookSim {
	return env.logistics as WebhookSim;
}

/** Every webhook the simulator holds (the seeded one of another integration included). */
export function simWebhooks(env: LogisticsEnv): SimWebhook[] {
	const db = env.logistics.db as { webhooks: { all(): SimWebhook[] } };
	return db.webhooks.all();
}
