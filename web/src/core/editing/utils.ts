import type {
  CollaborationCreateInput,
  CollaborationUpdateInput,
  InstitutionCreateInput,
  InstitutionUpdateInput,
  MemberRole,
  ParticipationRole,
  PartnershipCreateInput,
  PartnershipUpdateInput,
  SectorCode,
} from '../../api/operations.generated';
import {
  type CollaborationDetails,
  type InstitutionDetails,
  isPartnership,
  type PartnershipDetails,
} from '../details';
import { INSTITUTION_KINDS, SECTORS, TIE_KINDS } from '../network/types';
import {
  checkRules,
  citationFields,
  collaborationFields,
  institutionFields,
  membershipFields,
  partnershipFields,
  sourceFields,
} from '../validation/rules';
import type { FieldErrors, InstitutionForm, TieForm } from './types';
import { EMPTY_INSTITUTION, EMPTY_SOURCE } from './types';

/** "" → null, other text trimmed: how a form's blank means "not given". */
export const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function numberOrNull(value: string): number | null | 'NaN' {
  const text = blank(value);
  if (text === null) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : 'NaN';
}

function scalarFields(form: InstitutionForm): Record<string, unknown> {
  return {
    name: form.name.trim(),
    shortName: blank(form.shortName),
    legalForm: blank(form.legalForm),
    address: blank(form.address),
    krs: blank(form.krs),
    regon: blank(form.regon)?.replace(/[\s-]/g, '') ?? null,
    nip: blank(form.nip)?.replace(/[\s-]/g, '') ?? null,
    website: blank(form.website),
    email: blank(form.email),
    phone: blank(form.phone),
    founded: blank(form.founded),
    lat: numberOrNull(form.lat),
    lon: numberOrNull(form.lon),
  };
}

/** The form's errors per field: the shared rules, plus the choices a record cannot do without. */
export function validateInstitution(form: InstitutionForm): FieldErrors {
  const errors: FieldErrors = {};
  const values = scalarFields(form);
  for (const field of ['lat', 'lon'] as const) {
    if (values[field] === 'NaN') {
      errors[field] = 'number';
      values[field] = null;
    }
  }
  for (const violation of checkRules(institutionFields, values)) errors[violation.field] ??= violation.code;
  if (!form.kind) errors.kind = 'choose';
  if (!form.sector) errors.sector = 'choose';
  if (!form.area) errors.area = 'choose';
  return errors;
}

const connectArea = (teryt: string) => ({ connect: [{ where: { node: { teryt: { eq: teryt } } } }] });
const connectSector = (code: SectorCode) => ({ connect: [{ where: { node: { code: { eq: code } } } }] });

/** The createInstitutions input of a valid form (validateInstitution first). */
export function toCreateInput(form: InstitutionForm): InstitutionCreateInput {
  const values = scalarFields(form);
  return {
    ...(Object.fromEntries(
      Object.entries(values).filter(([, v]) => v !== null),
    ) as Partial<InstitutionCreateInput>),
    name: form.name.trim(),
    kind: form.kind || 'OTHER',
    sector: form.sector ? connectSector(form.sector) : null,
    area: form.area ? connectArea(form.area) : null,
  };
}

/**
 * The updateInstitutions input: only what changed, each scalar as `{ set }`; a new sector or
 * area replaces the old link (disconnect all, connect the new one).
 */
export function toUpdateInput(form: InstitutionForm, original: InstitutionForm): InstitutionUpdateInput {
  const now = scalarFields(form);
  const before = scalarFields(original);
  const update: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(now)) {
    if (value !== before[field]) update[field] = { set: value };
  }
  if (form.kind && form.kind !== original.kind) update.kind = { set: form.kind };
  if (form.sector && form.sector !== original.sector) {
    update.sector = [{ disconnect: [{ where: { node: {} } }], ...connectSector(form.sector) }];
  }
  if (form.area && form.area !== original.area) {
    update.area = [{ disconnect: [{ where: { node: {} } }], ...connectArea(form.area) }];
  }
  return update as InstitutionUpdateInput;
}

/** A form filled from an institution as it is stored. */
export function institutionFormFrom(details: InstitutionDetails): InstitutionForm {
  const text = (value: string | null) => value ?? '';
  const sector = details.sector[0]?.code;
  return {
    ...EMPTY_INSTITUTION,
    name: details.name,
    shortName: text(details.shortName),
    kind: INSTITUTION_KINDS.find((k) => k === details.kind) ?? '',
    sector: SECTORS.find((s) => s === sector) ?? '',
    area: details.area[0]?.teryt ?? '',
    legalForm: text(details.legalForm),
    krs: text(details.krs),
    regon: text(details.regon),
    nip: text(details.nip),
    website: text(details.website),
    email: text(details.email),
    phone: text(details.phone),
    address: text(details.address),
    founded: text(details.founded),
    lat: details.lat === null ? '' : String(details.lat),
    lon: details.lon === null ? '' : String(details.lon),
  };
}

/** A new record, or new members joining a stored one: a tie is made that must cite its document. */
const addsMembers = (form: TieForm) => form.cited === undefined || form.members.some((m) => !m.existing);

function sourceGiven(form: TieForm): boolean {
  return Object.values(form.source).some((value) => value.trim() !== '');
}

/** Errors of a partnership/collaboration form; member errors are keyed `members.<i>.<field>`. */
export function validateTie(form: TieForm): FieldErrors {
  const errors: FieldErrors = {};
  const isPartnership = form.kind === 'PARTNERSHIP';
  const amount = numberOrNull(form.amountPln);
  const fields = isPartnership
    ? checkRules(partnershipFields, {
        name: form.name.trim(),
        signedOn: blank(form.start),
        endedOn: blank(form.end),
        goal: blank(form.goal),
      })
    : checkRules(collaborationFields, {
        title: form.name.trim(),
        startedOn: blank(form.start),
        endedOn: blank(form.end),
        programme: blank(form.programme),
        amountPln: amount === 'NaN' ? null : amount,
      });
  const names: Record<string, string> = {
    title: 'name',
    signedOn: 'start',
    startedOn: 'start',
    endedOn: 'end',
  };
  for (const v of fields) errors[names[v.field] ?? v.field] ??= v.code;
  if (amount === 'NaN') errors.amountPln = 'number';
  if (form.members.length === 0) errors.members = 'members';
  form.members.forEach((member, i) => {
    for (const v of checkRules(membershipFields, {
      since: blank(member.since),
      until: blank(member.until),
    })) {
      errors[`members.${i}.${v.field}`] ??= v.code;
    }
  });
  if (sourceGiven(form)) {
    const { quote, ...source } = form.source;
    for (const v of checkRules(sourceFields, {
      title: source.title.trim(),
      publisher: blank(source.publisher),
      url: blank(source.url),
      publishedOn: blank(source.publishedOn),
    })) {
      errors[`source.${v.field}`] ??= v.code;
    }
    for (const v of checkRules(citationFields, { quote: blank(quote) }))
      errors[`source.${v.field}`] ??= v.code;
  } else if (!form.unsourced && !form.cited && addsMembers(form)) {
    // Every tie cites its document, or its writer says there is none yet (issue 13, item 7).
    errors['source.title'] = 'sourceOrUnsourced';
  }
  return errors;
}

function sourceCreate(form: TieForm) {
  if (!sourceGiven(form)) return null;
  const s = form.source;
  return {
    create: [
      {
        node: {
          title: s.title.trim(),
          publisher: blank(s.publisher),
          url: blank(s.url),
          publishedOn: blank(s.publishedOn),
        },
        edge: { quote: blank(s.quote) },
      },
    ],
  };
}

const byId = (id: string) => ({ node: { id: { eq: id } } });

/** `unsourced: true` when ticked and no source is given (the server refuses both together). */
const unsourcedFlag = (form: TieForm) => (form.unsourced && !sourceGiven(form) ? { unsourced: true } : {});

export function toPartnershipInput(form: TieForm): PartnershipCreateInput {
  return {
    name: form.name.trim(),
    signedOn: blank(form.start),
    endedOn: blank(form.end),
    goal: blank(form.goal),
    members: {
      connect: form.members.map((m) => ({
        where: byId(m.id),
        edge: { role: (m.role || null) as MemberRole | null, since: blank(m.since), until: blank(m.until) },
      })),
    },
    sources: sourceCreate(form),
    ...unsourcedFlag(form),
  };
}

export function toCollaborationInput(form: TieForm): CollaborationCreateInput {
  const amount = numberOrNull(form.amountPln);
  return {
    title: form.name.trim(),
    kind: form.kind === 'PARTNERSHIP' ? 'OTHER' : form.kind,
    startedOn: blank(form.start),
    endedOn: blank(form.end),
    programme: blank(form.programme),
    amountPln: typeof amount === 'number' ? amount : null,
    participants: {
      connect: form.members.map((m) => ({
        where: byId(m.id),
        edge: { role: (m.role || null) as ParticipationRole | null },
      })),
    },
    sources: sourceCreate(form),
    ...unsourcedFlag(form),
  };
}

/** A form filled from a stored partnership or collaboration; its members are marked existing. */
export function tieFormFrom(details: PartnershipDetails | CollaborationDetails): TieForm {
  const text = (value: string | null | undefined) => value ?? '';
  if (isPartnership(details)) {
    return {
      kind: 'PARTNERSHIP',
      name: details.name,
      start: text(details.signedOn),
      end: text(details.endedOn),
      goal: text(details.goal),
      programme: '',
      amountPln: '',
      members: details.membersConnection.edges.map((e) => ({
        id: e.node.id,
        name: e.node.name,
        role: e.properties.role ?? '',
        since: text(e.properties.since),
        until: text(e.properties.until),
        existing: true,
      })),
      source: EMPTY_SOURCE,
      unsourced: details.unsourced === true,
      cited: details.sourcesConnection.edges.length > 0,
    };
  }
  return {
    kind: TIE_KINDS.find((k) => k === details.kind) ?? 'OTHER',
    name: details.title,
    start: text(details.startedOn),
    end: text(details.endedOn),
    goal: '',
    programme: text(details.programme),
    amountPln: details.amountPln === null ? '' : String(details.amountPln),
    members: details.participantsConnection.edges.map((e) => ({
      id: e.node.id,
      name: e.node.name,
      role: e.properties.role ?? '',
      since: '',
      until: '',
      existing: true,
    })),
    source: EMPTY_SOURCE,
    unsourced: details.unsourced === true,
    cited: details.sourcesConnection.edges.length > 0,
  };
}

/** Scalars that changed, as `{ set }`. */
function changed(now: Record<string, unknown>, before: Record<string, unknown>): Record<string, unknown> {
  const update: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(now))
    if (value !== before[field]) update[field] = { set: value };
  return update;
}

/** The updatePartnerships input: changed fields, new members connected, a new source cited. */
export function toPartnershipUpdate(form: TieForm, original: TieForm): PartnershipUpdateInput {
  const create = toPartnershipInput({ ...form, members: form.members.filter((m) => !m.existing) });
  const scalars = (f: TieForm) => ({
    name: f.name.trim(),
    signedOn: blank(f.start),
    endedOn: blank(f.end),
    goal: blank(f.goal),
  });
  const update: Record<string, unknown> = changed(scalars(form), scalars(original));
  if (create.members?.connect?.length) update.members = [{ connect: create.members.connect }];
  if (create.sources) update.sources = [create.sources];
  if (create.unsourced && !original.unsourced) update.unsourced = { set: true };
  return update as PartnershipUpdateInput;
}

/** The updateCollaborations input, as for partnerships. */
export function toCollaborationUpdate(form: TieForm, original: TieForm): CollaborationUpdateInput {
  const create = toCollaborationInput({ ...form, members: form.members.filter((m) => !m.existing) });
  const scalars = (f: TieForm) => {
    const input = toCollaborationInput({ ...f, members: [], source: EMPTY_SOURCE, unsourced: false });
    return {
      title: input.title,
      startedOn: input.startedOn,
      endedOn: input.endedOn,
      programme: input.programme,
      amountPln: input.amountPln,
    };
  };
  const update: Record<string, unknown> = changed(scalars(form), scalars(original));
  if (form.kind !== original.kind && form.kind !== 'PARTNERSHIP') update.kind = { set: form.kind };
  if (create.participants?.connect?.length) update.participants = [{ connect: create.participants.connect }];
  if (create.sources) update.sources = [create.sources];
  if (create.unsourced && !original.unsourced) update.unsourced = { set: true };
  return update as CollaborationUpdateInput;
}
