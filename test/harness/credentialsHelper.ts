/**
 * A credentials helper that behaves like n8n's own (packages/cli/src/credentials-helper.ts):
 * credentials are read from ./credentialStore.ts on every use, preAuthentication runs when the
 * expirable field is empty, after a 401 and on credential tests, and its output is persisted back
 * to the store.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { ICredentialsHelper } from 'n8n-workflow';

import { FlexportApi } from '../../credentials/FlexportApi.credentials';
import { FlexportOAuth2Api } from '../../credentials/FlexportOAuth2Api.credentials';
import { FlexportWebhookSecretApi } from '../../credentials/FlexportWebhookSecretApi.credentials';
import type { CredentialStore } from './credentialStore';

/** The credential types the helper knows; ./logisticsFixture.ts adds the Logistics one. */
export const credentialTypes: Record<string, ICredentialType> = {
	flexportOAuth2Api: new FlexportOAuth2Api(),
	flexportApi: new FlexportApi(),
	flexportWebhookSecretApi: new FlexportWebhookSecretApi(),
};

function defaultsOf(type: ICredentialType): ICredentialDataDecryptedObject {
	const defaults: ICredentialDataDecryptedObject = {};
	for (const property of type.properties)
		if (property.type !== 'notice') defaults[property.name] = property.default as never;
	return defaults;
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(readonly store: CredentialStore) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const type = credentialTypes[typeName];
		if (typeof type.authenticate === 'function')
			return await type.authenticate(credentials, requestOptions);
		if (type.authenticate?.type === 'generic') {
			const headers: IDataObject = { ...(requestOptions.headers as IDataObject) };
			for (const [name, template] of Object.entries(type.authenticate.properties.headers ?? {})) {
				headers[name] = resolveCredentialExpression(String(template), credentials);
			}
			return { ...requestOptions, headers };
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = credentialTypes[typeName];
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const isTest = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (
			credentials[expirable.name] === '' ||
			credentials[expirable.name] === undefined ||
			credentialsExpired ||
			isTest
		) {
			const output = await type.preAuthentication.call(helpers, credentials);
			if (output[expirable.name] === undefined) return undefined;
			const id = node.credentials?.[typeName]?.id;
			if (id)
				// As n8n 2.x: the stored data plus every field the hook returned.
				this.store.update(id, {
					...this.store.get(id),
					...(output as ICredentialDataDecryptedObject),
				});
			return Object.assign(credentials, output);
		}
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		return {
			...defaultsOf(credentialTypes[type]),
			...this.store.get(nodeCredentials.id as string),
		};
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.update(nodeCredentials.id as string, data);
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type].properties;
	}
}

/** `={{$credentials.name}}`-style templates, enough for the generic authenticate blocks here. */
function resolveCredentialExpression(
	template: string,
	credentials: ICredentialDataDecryptedObject,
): string {
	const body = template.startsWith('=') ? template.slice(1) : template;
	return body.replace(
		/\{\{\s*\$credentials\.(\w+)(?:\s*\|\|\s*'([^']*)')?\s*\}\}/g,
		(_m, name: string, fallback?: string) => {
			const value = credentials[name];
			return value === undefined || value === null || value === ''
				? (fallback ?? '')
				: String(value);
		},
	);
}
