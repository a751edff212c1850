/**
 * For webhook tests against the simulator: the webhook secret credential, set for every test, and
 * receivers that are closed after each test.
 */
import type { IDataObject, INode } from 'n8n-workflow';

import {
	type WebhookReceiver,
	type WebhookReceiverOptions,
	startWebhookReceiver,
} from '../../harness/pollHarness';
import type { SimulatorEnv } from '../../harness/simulatorFixture';

export const secretCredential: INode['credentials'] = {
	flexportWebhookSecretApi: { id: 'secret-1', name: 'Flexport Webhook Secret' },
};

/** sim.sendWebhook (test/simulator/webhooks.js). */
export type SendWebhook = (
	url: string,
	event?: IDataObject,
	options?: IDataObject,
) => Promise<{ status: number; body: string; bytesSent: number }>;

export function useWebhookReceivers(env: SimulatorEnv) {
	let current: WebhookReceiver | undefined;
	beforeEach(() => {
		env.store.set('secret-1', 'flexportWebhookSecretApi', {
			secret: env.sim.webhookSecret as string,
		});
	});
	afterEach(async () => {
		await current?.close();
		current = undefined;
	});
	return {
		/** A receiver with the secret credential (unless others are given); the previous one is closed. */
		async start(
			options: Omit<WebhookReceiverOptions, 'credentials'> & {
				credentials?: INode['credentials'];
			},
		): Promise<WebhookReceiver> {
			await current?.close();
			current = await startWebhookReceiver(env.store, {
				credentials: secretCredential,
				...options,
			});
			return current;
		},
		/** Signs and sends `event` with the simulator's webhook secret. */
		send: (target: WebhookReceiver, event: IDataObject, options: IDataObject = {}) =>
			(env.sim.sendWebhook as SendWebhook)(target.url, event, {
				secret: env.sim.webhookSecret as string,
				...options,
			}),
	};
}
