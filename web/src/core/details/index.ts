import { execute } from '../../api/client';
import {
  AffiliationDetailsDocument,
  type AffiliationDetailsQuery,
  InstitutionDetailsDocument,
  type InstitutionDetailsQuery,
} from '../../api/operations.generated';
import { type RequestState, useRequest } from '../request';

export type InstitutionDetails = InstitutionDetailsQuery['institutions'][number];
export type PartnershipDetails = AffiliationDetailsQuery['partnerships'][number];
export type CollaborationDetails = AffiliationDetailsQuery['collaborations'][number];

async function fetchInstitution(signal: AbortSignal, id: string): Promise<InstitutionDetails | null> {
  return (await execute(InstitutionDetailsDocument, { id }, signal)).institutions[0] ?? null;
}

async function fetchAffiliation(
  signal: AbortSignal,
  id: string,
): Promise<PartnershipDetails | CollaborationDetails | null> {
  const data = await execute(AffiliationDetailsDocument, { id }, signal);
  return data.partnerships[0] ?? data.collaborations[0] ?? null;
}

/** An institution with its area, ties, roles, dates and sources; `version` refetches after an edit. */
export function useInstitutionDetails(
  id: string | null,
  version = 0,
): [RequestState<InstitutionDetails | null>, () => void] {
  const [state, retry] = useRequest(fetchInstitutionVersioned, id === null ? null : [id, version]);
  return [state, retry];
}

async function fetchInstitutionVersioned(signal: AbortSignal, id: string, _version: number) {
  return fetchInstitution(signal, id);
}

export function useAffiliationDetails(
  id: string | null,
  version = 0,
): [RequestState<PartnershipDetails | CollaborationDetails | null>, () => void] {
  return useRequest(fetchAffiliationVersioned, id === null ? null : [id, version]);
}

async function fetchAffiliationVersioned(signal: AbortSignal, id: string, _version: number) {
  return fetchAffiliation(signal, id);
}

export function isPartnership(x: PartnershipDetails | CollaborationDetails): x is PartnershipDetails {
  return 'membersConnection' in x;
}
