/**
 * The two asynchronous steps of an inbound shipment — requesting rate quotes and buying quotes —
 * are each started with a POST and read with a GET of the same path (spec: Inbounds). This file
 * holds the paths, the reading of a result, the waiting for it, and the two operation shapes.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import {
	shipmentLocator,
	shippingOptionField,
	waitFields,
} from '../../descriptions/inbound.description';
import { readShippingOptionQuery } from '../../helpers/inboundInput';
import { quoteResultState, type ResultState } from '../../helpers/inboundOutput';
import { readShipmentId, readWaitSettings } from '../../helpers/inboundFields';
import { SCOPES } from '../../helpers/scopes';
import { waitForResult } from '../../helpers/waitResult';
import { expectObject, recordItems } from '../../steps/record';
import { sendWrite, type WriteRequest } from '../../steps/write';
import { logisticsRequest } from '../../transport';

export type QuoteStep = 'quotes' | 'purchase';

const STEPS: Record<QuoteStep, { suffix: string; subject: string; readOperation: string }> = {
	quotes: { suffix: '/quotes', subject: 'The quote request', readOperation: 'Get Quotes' },
	purchase: {
		suffix: '/quotes/buy',
		subject: 'The purchase of quotes',
		readOperation: 'Get Purchased Quotes',
	},
};

export function quotePath(step: QuoteStep, shipmentId: string): string {
	return `/inbounds/shipments/${shipmentId}${STEPS[step].suffix}`;
}

/** The result as output: `{shipmentId, state, quotes, error?}` (QuoteResultResponse). */
function resultJson(shipmentId: string, state: ResultState | 'started', body: IDataObject) {
	return { shipmentId, state, ...body, quotes: body.quotes ?? [] } as IDataObject;
}

/** One GET of the result (get_inbounding_shipment_quote_result or …_purchase_result). */
async function readResult(
	this: IExecuteFunctions,
	itemIndex: number,
	step: QuoteStep,
	shipmentId: string,
	qs: IDataObject,
): Promise<{ state: ResultState; body: IDataObject }> {
	const path = quotePath(step, shipmentId);
	const response = await logisticsRequest.call(this, 'GET', path, {
		qs,
		scope: SCOPES.inbounds.read,
		itemIndex,
	});
	const body = expectObject(this, response.body, `GET ${path}`, itemIndex);
	return { state: quoteResultState(response.status, body), body };
}

const locator = (step: QuoteStep) =>
	shipmentLocator(
		step === 'quotes'
			? 'The inbound shipment to get rate quotes for'
			: 'The inbound shipment whose quotes to buy',
	);

/** Get Quotes and Get Purchased Quotes: one read of the result, whatever its state. */
export function resultOperation(step: QuoteStep, operation: string) {
	return {
		description: updateDisplayOptions({ show: { resource: ['inbound'], operation: [operation] } }, [
			locator(step),
			optionsCollection([shippingOptionField], { write: false }),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const shipmentId = readShipmentId(this, itemIndex);
			const qs = readShippingOptionQuery(this, itemIndex);
			const { state, body } = await readResult.call(this, itemIndex, step, shipmentId, qs);
			return recordItems(this, resultJson(shipmentId, state, body), itemIndex);
		},
	};
}

export interface StartRequest {
	request: Pick<WriteRequest, 'body' | 'qs'>;
	/** The query of the result read (the same shipping option). */
	resultQuery: IDataObject;
}

/**
 * Request Quotes and Buy Quotes: the POST that starts the step, then — with Wait for Result —
 * the result read until it is ready, failed, or the timeout says to fetch it later.
 */
export function startOperation(
	step: QuoteStep,
	operation: string,
	fields: INodeProperties[],
	readStart: (context: IExecuteFunctions, itemIndex: number) => StartRequest,
) {
	const { subject, readOperation } = STEPS[step];
	return {
		description: updateDisplayOptions({ show: { resource: ['inbound'], operation: [operation] } }, [
			locator(step),
			...fields,
			...waitFields(`${step === 'quotes' ? 'the quotes are' : 'the purchase is'}`),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			const shipmentId = readShipmentId(this, itemIndex);
			const { request, resultQuery } = readStart(this, itemIndex);
			const wait = readWaitSettings(this, itemIndex);
			const path = quotePath(step, shipmentId);
			const { response, idempotency } = await sendWrite.call(this, itemIndex, {
				method: 'POST',
				path,
				scope: SCOPES.inbounds.write,
				...request,
			});
			const started = expectObject(this, response.body, `POST ${path}`, itemIndex);
			const startState = quoteResultState(200, started);
			if (!wait || startState === 'failed') {
				const state = startState === 'failed' ? 'failed' : 'started';
				return recordItems(
					this,
					{ ...resultJson(shipmentId, state, started), idempotency },
					itemIndex,
				);
			}
			const outcome = await waitForResult(
				this,
				itemIndex,
				wait,
				{
					name: `${subject} of inbound shipment ${shipmentId}`,
					later: `"Inbound Shipment → ${readOperation}" for shipment ${shipmentId}`,
				},
				async () => await readResult.call(this, itemIndex, step, shipmentId, resultQuery),
				(result) => result.state !== 'pending',
			);
			const { state, body } = outcome.result;
			return recordItems(
				this,
				{ ...resultJson(shipmentId, state, body), polls: outcome.polls, idempotency },
				itemIndex,
			);
		},
	};
}
