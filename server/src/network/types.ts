export type AreaLevel = 'VOIVODESHIP' | 'POWIAT' | 'GMINA';
export type NetworkMode = 'INSTITUTIONS' | 'AFFILIATIONS';
export type NetworkNodeType = 'INSTITUTION' | 'PARTNERSHIP' | 'COLLABORATION';

export interface AreaRef {
  teryt: string;
  name: string;
  level: AreaLevel;
}

export interface NetworkNode {
  id: string;
  label: string;
  type: NetworkNodeType;
  sector: string | null;
  kind: string | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
}

export interface Network {
  area: AreaRef;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
