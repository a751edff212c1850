/** In-memory stand-in for n8n's credentials table, read and written by ./credentialsHelper.ts. */
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** In-memory stand-in for n8n's credentials table; counts writes so tests can see persistence. */
export class CredentialStore {
	private readonly records = new Map<
		string,
		{ type: string; data: ICredentialDataDecryptedObject }
	>();

	writes = 0;

	set(id: string, type: string, data: ICredentialDataDecryptedObject): void {
		this.records.set(id, {
			type,
			data: JSON.parse(JSON.stringify(data)) as ICredentialDataDecryptedObject,
		});
	}

	get(id: string): ICredentialDataDecryptedObject {
		const record = this.records.get(id);
		if (!record) throw new Error(`No credential ${id}`);
		return JSON.parse(JSON.stringify(record.data)) as ICredentialDataDecryptedObject;
	}

	/** Every access and refresh token this store has held: none may ever appear in output or errors. */
	readonly tokensSeen = new Set<string>();

	update(id: string, data: ICredentialDataDecryptedObject): void {
		const record = this.records.get(id);
		if (!record) throw new Error(`No credential ${id}`);
		record.data = JSON.parse(JSON.stringify(data)) as ICredentialDataDecryptedObject;
		this.writes++;
		this.noteTokens(record.data.managedToken);
	}

	private noteTokens(raw: unknown): void {
		if (typeof raw !== 'string' || raw === '') return;
		try {
			const state = JSON.parse(raw) as { accessToken?: string; refreshToken?: string };
			if (state.accessToken) this.tokensSeen.add(state.accessToken);
			if (state.refreshToken) this.tokensSeen.add(state.refreshToken);
		} catch {
			// not a managed token state: nothing to remember
		}
	}
}
