import type { AreaRef, Network, NetworkNode } from './types.js';

export interface InstitutionRow {
  id: string;
  label: string;
  kind: string | null;
  sector: string | null;
}

export interface TieRow {
  source: string;
  target: string;
  weight: number;
}

export interface AffiliationRow extends TieRow {
  type: 'PARTNERSHIP' | 'COLLABORATION';
  label: string;
  kind: string | null;
}

function institutionNode(row: InstitutionRow): NetworkNode {
  return { id: row.id, label: row.label, type: 'INSTITUTION', sector: row.sector, kind: row.kind };
}

/** One-mode network: institutions as nodes, shared affiliations as weighted edges. */
export function buildInstitutionNetwork(
  area: AreaRef,
  institutions: InstitutionRow[],
  ties: TieRow[],
): Network {
  return {
    area,
    nodes: institutions.map(institutionNode),
    edges: ties.map((t) => ({
      id: `${t.source}--${t.target}`,
      source: t.source,
      target: t.target,
      weight: t.weight,
    })),
  };
}

/** Two-mode network: institutions and their affiliations as nodes, memberships as edges. */
export function buildAffiliationNetwork(
  area: AreaRef,
  institutions: InstitutionRow[],
  affiliations: AffiliationRow[],
): Network {
  const affiliationNodes = new Map<string, NetworkNode>();
  for (const a of affiliations) {
    if (!affiliationNodes.has(a.target)) {
      affiliationNodes.set(a.target, {
        id: a.target,
        label: a.label,
        type: a.type,
        sector: null,
        kind: a.kind,
      });
    }
  }
  return {
    area,
    nodes: [...institutions.map(institutionNode), ...affiliationNodes.values()],
    edges: affiliations.map((a) => ({
      id: `${a.source}->${a.target}`,
      source: a.source,
      target: a.target,
      weight: a.weight,
    })),
  };
}
