/**
 * Runs workflows through n8n-core's real execution engine (WorkflowExecute), with a credentials
 * helper that behaves like n8n's own (packages/cli/src/credentials-helper.ts): credentials are read
 * from a store on every use, preAuthentication runs when the expirable field is empty, after a 401
 * and on credential tests, and its output is persisted back to the store.
 *
 * The pieces, one job each: ./credentialStore.ts (the store), ./credentialsHelper.ts (the helper
 * and the credential types it knows), ./nodeTypes.ts (the node-type registry), ./additionalData.ts
 * (what n8n hands a running workflow), ./flexportRun.ts (Items → Flexport) and ./realHelpers.ts
 * (n8n-core's request helpers for a test callback). Tests import them all from here.
 */
export type { IExecuteData } from 'n8n-workflow';

export { buildAdditionalData } from './additionalData';
export { CredentialStore } from './credentialStore';
export { credentialTypes, TestCredentialsHelper } from './credentialsHelper';
export { runFlexportNode, type RunOptions, type RunResult } from './flexportRun';
export { nodeTypes } from './nodeTypes';
export { withRealHelpers } from './realHelpers';
