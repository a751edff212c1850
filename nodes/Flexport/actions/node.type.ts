import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	shipment: 'get' | 'getAll' | 'update';
};

export type FlexportType = AllEntities<NodeMap>;
