/** POST /returns (returns_create_order); Flexport buys a label unless an external one is given. */
import { requiredText } from '../../descriptions/common.description';
import { returnAdditionalFields, returnItemsInput } from '../../descriptions/return.description';
import { postOperation } from '../../helpers/postOperation';
import { readCreateReturnBody } from '../../helpers/returnInput';
import { simplifyReturn } from '../../helpers/returnOutput';
import { SCOPES } from '../../helpers/scopes';

export const { description, execute } = postOperation({
	resource: 'return',
	operation: 'create',
	properties: [
		requiredText(
			'RMA',
			'rma',
			'e.g. RMA-7001',
			'Your return merchandise authorisation number for the return',
		),
		requiredText(
			'External Return ID',
			'externalReturnId',
			'e.g. {{ $json.return_id }}',
			'Your unique reference for the return in the system it comes from; Flexport refuses a second return with the same one',
		),
		...returnItemsInput,
		returnAdditionalFields,
	],
	path: '/returns',
	scope: SCOPES.returns.write,
	readBody: readCreateReturnBody,
	simplifier: simplifyReturn,
});
