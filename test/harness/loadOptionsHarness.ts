/**
 * Runs the Flexport node's list searches ("From list" in a resource locator) in n8n-core's real
 * LoadOptionsContext, as the editor does: with the node's credential, n8n-core's request helpers
 * and the test credentials helper, over real HTTP.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { INode, INodeListSearchResult } from 'n8n-workflow';

import { listSearch } from '../../nodes/Flexport/methods';
import { buildAdditionalData, type CredentialStore, nodeTypes } from './n8nHarness';
import { singleNodeWorkflow } from './workflow';

export type ListSearchMethod = keyof typeof listSearch;

export interface ListSearchOptions {
	filter?: string;
	paginationToken?: string;
	credentialType?: 'flexportOAuth2Api' | 'flexportApi';
	credentialId?: string;
}

let searchCounter = 0;

export async function runListSearch(
	store: CredentialStore,
	method: ListSearchMethod,
	options: ListSearchOptions = {},
): Promise<INodeListSearchResult> {
	const credentialType = options.credentialType ?? 'flexportOAuth2Api';
	const node: INode = {
		id: 'flexport-node',
		name: 'Flexport',
		type: 'n8n-nodes-flexport.flexport',
		typeVersion: 1,
		position: [0, 0],
		parameters: { authentication: credentialType === 'flexportApi' ? 'apiKey' : 'oAuth2' },
		credentials: { [credentialType]: { id: options.credentialId ?? 'cred-1', name: 'Flexport' } },
	};
	const { workflow, workflowData } = singleNodeWorkflow(node, nodeTypes, {
		id: 'wf-search',
		name: 'list search',
	});
	const additionalData = buildAdditionalData(
		store,
		'manual',
		`search-${++searchCounter}`,
		workflowData,
	);
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await listSearch[method].call(context, options.filter, options.paginationToken);
}
