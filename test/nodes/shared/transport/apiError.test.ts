/**
 * Every error path is cleaned of the credential (nodes/shared/transport/apiError.ts with
 * ./secrets.ts and ./redaction.ts), in n8n-core's engine: the simulator echoes the request's
 * credential raw, URL-encoded, base64 and inside JSON — in an HTTP error answer and in the
 * `{error: …}` envelope of a 2xx answer — for the managed OAuth2 token and the legacy API key.
 */
import { useSimulator } from '../../../harness/simulatorFixture';

const getShipment = {
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '200001' },
};

function formsOf(secret: string): string[] {
	return [
		secret,
		encodeURIComponent(secret),
		Buffer.from(secret).toString('base64'),
		JSON.stringify(secret).slice(1, -1),
	];
}

describe('errors carry no credential in any form', () => {
	const env = useSimulator();
	const errorText = (error: unknown) => {
		const typed = error as { message: string; description?: string };
		return `${typed.message}\n${typed.description ?? ''}\n${JSON.stringify(error)}`;
	};

	it.each([
		[
			'OAuth2 token',
			'flexportOAuth2Api',
			400,
			/Flexport answered HTTP 400 to GET \/shipments\/200001: Credential not accepted/,
		],
		[
			'OAuth2 token',
			'flexportOAuth2Api',
			200,
			/Flexport reported an error for GET \/shipments\/200001: Credential not accepted/,
		],
		[
			'API key',
			'flexportApi',
			400,
			/Flexport answered HTTP 400 to GET \/shipments\/200001: Credential not accepted/,
		],
		[
			'API key',
			'flexportApi',
			200,
			/Flexport reported an error for GET \/shipments\/200001: Credential not accepted/,
		],
	] as const)('%s echoed in an HTTP %s answer', async (_name, credentialType, status, message) => {
		await env.run({ parameters: getShipment, credentialType });
		const secret =
			credentialType === 'flexportApi'
				? env.sim.apiKey
				: (JSON.parse(env.store.get('cred-1').managedToken as string).accessToken as string);
		env.sim.setFaults({ echoCredentials: { status }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: getShipment, credentialType });
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/\[redacted\]/);
		const text = errorText(error);
		for (const form of formsOf(secret)) expect(text).not.toContain(form);
	});
});
