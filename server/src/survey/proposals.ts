import { randomUUID } from 'node:crypto';
import { type InstitutionKind, KIND_DEFAULT_SECTOR } from '@splot/domain';
import type { Driver } from 'neo4j-driver';
import type { Principal } from '../auth/principal.js';
import { namedQuery, namedWrite } from '../db/queries.js';
import { emptyRows } from '../db/rows.js';
import { writeRows } from '../db/write-rows.js';
import { badUserInput } from '../errors.js';
import { inRegions, surveyRegions } from './access.js';
import { readAnswers } from './read-results.js';
import { surveyForEditor } from './store.js';

export type ProposalDecision = 'NEW' | 'EXISTING' | 'REJECT';

/**
 * The editor's decision on a partner a respondent proposed: a new institution (name, kind and
 * gmina as proposed; the gmina must lie in the editor's regions), an existing one (of their
 * regions), or none. The answers about it follow in the same transaction.
 */
export async function resolveProposal(
  driver: Driver,
  principal: Principal | null,
  id: string,
  proposalId: string,
  decision: ProposalDecision,
  institution: string | null,
): Promise<{ id: string; status: string; institutionId: string | null }> {
  await surveyForEditor(driver, principal, id);
  const regions = surveyRegions(principal);
  const proposal = (await readAnswers(driver, id)).proposals.find((p) => p.id === proposalId);
  if (!proposal) throw badUserInput('proposal', `The survey has no proposal "${proposalId}".`);
  if (proposal.status !== 'PENDING')
    throw badUserInput('proposal', `The proposal was ${proposal.status.toLowerCase()} already.`);
  const rows = emptyRows();
  let target: string | null = null;
  if (decision === 'EXISTING') {
    if (!institution) throw badUserInput('institution', 'Name the existing institution the proposal is.');
    const found = await driver.executeQuery(
      namedQuery('survey-roster-check'),
      { ids: [institution] },
      { routing: 'READ' },
    );
    const seat = found.records[0]?.get('seat') as string | undefined;
    if (!found.records[0]) throw badUserInput('institution', `There is no institution "${institution}".`);
    if (!inRegions(regions, seat))
      throw badUserInput('institution', `"${institution}" is seated outside your regions.`);
    target = institution;
  } else if (decision === 'NEW') {
    const sector = KIND_DEFAULT_SECTOR[proposal.kind as InstitutionKind];
    if (!sector)
      throw badUserInput(
        'decision',
        'A proposal of kind OTHER has no sector: add the institution first, then pick it.',
      );
    if (!inRegions(regions, proposal.gmina))
      throw badUserInput('decision', `The gmina ${proposal.gmina} lies outside your regions.`);
    target = `inst-${randomUUID()}`;
    rows.institutions.push({
      id: target,
      sector,
      area: proposal.gmina,
      founded: null,
      props: { name: proposal.name, kind: proposal.kind },
    });
  }
  const session = driver.session({ defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(async (tx) => {
      await writeRows(tx, rows);
      const result = await tx.run(namedWrite('survey-resolve-proposal'), {
        id,
        proposal: proposalId,
        institution: target,
      });
      if (result.records.length === 0)
        throw badUserInput('proposal', 'The proposal changed meanwhile; nothing was written.');
      return { id: proposalId, status: result.records[0]?.get('status') as string, institutionId: target };
    });
  } finally {
    await session.close();
  }
}
