/** Test workflows hold the parameters the editor would have saved: every default filled in. */
import type { IDataObject, INode, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/** `parameters` over the node type's defaults, resolved as n8n's editor resolves them. */
export function withEditorDefaults(
	node: INode,
	description: INodeTypeDescription,
	parameters: IDataObject,
): INode['parameters'] {
	const resolved = NodeHelpers.getNodeParameters(
		description.properties,
		parameters as INode['parameters'],
		true,
		false,
		node,
		description,
	);
	return { ...(resolved ?? {}), ...(parameters as INode['parameters']) };
}
