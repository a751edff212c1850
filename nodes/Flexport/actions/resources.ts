/** Every resource of the node: its selector entry and its operations module. */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as shipment from './shipment/Shipment.resource';
// freight resources: imports
// network, finance and document resources: imports

export interface OperationModule {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
}

export interface ResourceModule {
	description: INodeProperties[];
	[operation: string]: OperationModule | INodeProperties[];
}

export const resources: Array<{ option: INodePropertyOptions; module: ResourceModule }> = [
	{ option: { name: 'Shipment', value: 'shipment' }, module: shipment as unknown as ResourceModule },
	// freight resources: entries
	// network, finance and document resources: entries
];

export function findOperation(resource: string, operation: string): OperationModule | undefined {
	const entry = resources.find((candidate) => candidate.option.value === resource);
	const module = entry?.module[operation];
	return module && !Array.isArray(module) && typeof module.execute === 'function' ? module : undefined;
}
