import { execute } from '../../api/client';
import { EditableAreasDocument } from '../../api/operations.generated';
import type { Area } from '../area/types';
import { canEdit, type Session } from '../auth';
import { type RequestState, useRequest } from '../request';

async function fetchEditableAreas(signal: AbortSignal, regions: string[]): Promise<Area[]> {
  const where =
    regions.length > 0 ? { OR: regions.map((region) => ({ teryt: { startsWith: region } })) } : null;
  return (await execute(EditableAreasDocument, { where }, signal)).areas;
}

/** The areas this session may place institutions in: an editor's voivodeships, or all for admins. */
export function useEditableAreas(session: Session | null): RequestState<Area[]> {
  const regions = session?.role === 'admin' ? [] : (session?.regions ?? []);
  const allowed = canEdit(session) && (session?.role === 'admin' || regions.length > 0);
  return useRequest(fetchEditableAreas, allowed ? [regions] : null)[0];
}
