import type { InstitutionKind, SectorCode } from '@splot/domain';
import type {
  CollaborationRow,
  CoverageRow,
  MembershipRow,
  ParticipationRow,
  PartnershipRow,
} from '../db/rows.js';
import type { GenArea } from './geography.js';
import type { GenInstitution } from './institutions.js';
import { type Random, WeightedPool } from './random.js';

export interface GenAffiliations {
  partnerships: PartnershipRow[];
  collaborations: CollaborationRow[];
  memberships: MembershipRow[];
  participations: ParticipationRow[];
  coverage: CoverageRow[];
}

export type Level = 'GMINA' | 'POWIAT' | 'VOIVODESHIP' | 'NATIONAL';
const LEVELS: readonly Level[] = ['GMINA', 'POWIAT', 'VOIVODESHIP', 'NATIONAL'];

/** Where an affiliation led by this kind of body works: [gmina, powiat, voivodeship, national] odds. */
function levelOdds(kind: InstitutionKind): [number, number, number, number] {
  switch (kind) {
    case 'MARSHAL_OFFICE':
    case 'ROPS':
    case 'OWES':
    case 'UNIVERSITY':
    case 'MINISTRY':
      return [0, 0.15, 0.7, 0.15];
    case 'POWIAT_OFFICE':
    case 'PCPR':
    case 'PUP':
    case 'LGD':
    case 'CIS':
    case 'WTZ':
    case 'ZAZ':
      return [0.1, 0.65, 0.2, 0.05];
    case 'GMINA_OFFICE':
    case 'OPS':
    case 'SCHOOL':
    case 'KIS':
    case 'CHURCH_ENTITY':
      return [0.6, 0.35, 0.05, 0];
    default:
      return [0.45, 0.4, 0.12, 0.03];
  }
}

const COLLABORATION_KINDS: ReadonlyArray<[string, number]> = [
  ['PROJECT', 35],
  ['AGREEMENT', 15],
  ['EVENT', 20],
  ['STUDY_VISIT', 5],
  ['SOCIAL_CLAUSE', 5],
  ['CONTRACT', 8],
  ['REFERRAL', 10],
  ['OTHER', 2],
];
const PAIRWISE = new Set(['SOCIAL_CLAUSE', 'CONTRACT', 'REFERRAL']);
const PROGRAMMES = ['EFS+', 'FEW 2021–2027', 'RPO 2014–2020', 'FIO', 'PFRON', 'budżet gminy', 'Erasmus+'];
const THEMES = [
  'na rzecz integracji społecznej',
  'dla aktywizacji zawodowej',
  'ekonomii społecznej',
  'usług społecznych',
  'wsparcia seniorów',
  'rodzin w kryzysie',
  'osób z niepełnosprawnościami',
  'rewitalizacji',
];

/** Pick from [item, weight] pairs. */
function weighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = random.float() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

function sizeFor(level: Level, random: Random): number {
  switch (level) {
    case 'GMINA':
      return 2 + Math.round(random.logNormal(3, 0.6));
    case 'POWIAT':
      return 3 + Math.round(random.logNormal(10, 0.7));
    case 'VOIVODESHIP':
      return 5 + Math.round(random.logNormal(55, 0.9));
    default:
      return 10 + Math.round(random.logNormal(240, 0.9));
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = Date.UTC(2026, 11, 31);
const DAY = 86_400_000;
const iso = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** A start date in 2005–2026, more of them in later years (as funding grew). */
function startDate(random: Random): number {
  const year = 2005 + Math.min(21, Math.floor(22 * Math.sqrt(random.float())));
  return Date.UTC(year, random.int(0, 11), random.int(1, 28));
}

/** An end `days` after the start, or null when that falls after 2026 (still going on). */
function endAfter(start: number, days: number): number | null {
  const end = start + Math.round(days) * DAY;
  return end > LAST_DAY ? null : end;
}

/** Pools of institutions to draw members from: per area (and the whole scope, key ''), per sector. */
class Pools {
  private readonly pools = new Map<string, WeightedPool<GenInstitution>>();

  constructor(institutions: GenInstitution[]) {
    const lists = new Map<string, GenInstitution[]>();
    const push = (key: string, inst: GenInstitution) => {
      let list = lists.get(key);
      if (!list) {
        list = [];
        lists.set(key, list);
      }
      list.push(inst);
    };
    for (const inst of institutions) {
      for (const area of [inst.gmina, inst.powiat, inst.voivodeship, '']) {
        push(`${area}|ALL`, inst);
        push(`${area}|${inst.sector}`, inst);
      }
    }
    for (const [key, list] of lists) this.pools.set(key, new WeightedPool(list, (i) => i.activity));
  }

  get(area: string, sector: SectorCode | 'ALL'): WeightedPool<GenInstitution> | undefined {
    const pool = this.pools.get(`${area}|${sector}`);
    return pool && pool.total > 0 ? pool : undefined;
  }
}

function areaAt(lead: GenInstitution, level: Level): string {
  if (level === 'GMINA') return lead.gmina;
  if (level === 'POWIAT') return lead.powiat;
  if (level === 'VOIVODESHIP') return lead.voivodeship;
  return '';
}

/** Institutions in a typical area of each level, nationally (150,000 over 2,477 gminas, …). */
const TYPICAL_INSTITUTIONS: Record<Level, number> = {
  GMINA: 60,
  POWIAT: 395,
  VOIVODESHIP: 9_400,
  NATIONAL: 150_000,
};

/**
 * `count` partnerships and collaborations among the institutions. Each has a lead drawn by activity,
 * works at one level (gmina … national, by the lead's kind), draws most members from its own area
 * (the rest from the area above), and mostly from the lead's sector: the share drawn from any sector
 * is the region's crossSector. Dates run over 2005–2026.
 */
export function generateAffiliations(
  institutions: GenInstitution[],
  areas: Map<string, GenArea>,
  count: number,
  random: Random,
  idPrefix: string,
  scopeLevel: Level,
): GenAffiliations {
  const out: GenAffiliations = {
    partnerships: [],
    collaborations: [],
    memberships: [],
    participations: [],
    coverage: [],
  };
  if (institutions.length < 2 || count <= 0) return out;
  const pools = new Pools(institutions);
  const leads = new WeightedPool(institutions, (i) => i.activity);
  const partnershipShare = 0.3;

  for (let n = 1; n <= count; n++) {
    const lead = leads.draw(random);
    const isPartnership = random.chance(partnershipShare);
    const kind = isPartnership ? null : weighted(random, COLLABORATION_KINDS);
    let level = weighted(
      random,
      LEVELS.map((l, i) => [l, levelOdds(lead.kind)[i] as number] as const),
    );
    let size = sizeFor(level, random);
    if (kind !== null && PAIRWISE.has(kind)) {
      level = level === 'GMINA' ? 'GMINA' : 'POWIAT';
      size = random.int(2, 3);
    } else if (kind === 'EVENT') size = Math.round(size * 1.5);
    const area = areaAt(lead, level);
    const above = level === 'GMINA' ? lead.powiat : level === 'POWIAT' ? lead.voivodeship : '';
    const scope = pools.get(area, 'ALL');
    // A generated part of the country holds only its share of a wider affiliation's members.
    if (LEVELS.indexOf(level) > LEVELS.indexOf(scopeLevel)) {
      size = Math.round((size * institutions.length) / TYPICAL_INSTITUTIONS[level]);
    }
    size = Math.max(2, Math.min(size, Math.floor((scope?.size ?? 2) * 0.6)));
    const crossSector = areas.get(lead.gmina)?.crossSector ?? 0.45;

    const members = new Set<GenInstitution>([lead]);
    for (let attempt = 0; members.size < size && attempt < size * 4; attempt++) {
      const from = random.chance(0.88) ? area : above;
      const sector = random.chance(crossSector) ? 'ALL' : lead.sector;
      const pool = pools.get(from, sector) ?? pools.get(from, 'ALL') ?? scope;
      if (pool) members.add(pool.draw(random));
    }
    if (members.size < 2) continue;

    const start = startDate(random);
    const id = `${idPrefix}${isPartnership ? 'p' : 'c'}-${n}`;
    const theme = random.pick(THEMES);
    const where = areas.get(area)?.name ?? 'Polska';
    if (isPartnership) {
      const end = random.chance(0.45) ? endAfter(start, random.int(365, 8 * 365)) : null;
      out.partnerships.push({
        id,
        name: `Partnerstwo ${theme} — ${where} #${n}`,
        goal: `Wspólne działania ${theme}.`,
        membersDeclared: members.size,
        signedOn: iso(start),
        endedOn: end === null ? null : iso(end),
        synthetic: true,
      });
      const span = (end ?? LAST_DAY) - start;
      for (const m of members) {
        const late = m !== lead && random.chance(0.2);
        const since = late ? start + Math.floor(random.float() * span) : start;
        const leaves = m !== lead && random.chance(0.1);
        const until = leaves ? since + Math.floor(random.float() * ((end ?? LAST_DAY) - since)) : end;
        out.memberships.push({
          institution: m.id,
          partnership: id,
          role: m === lead ? 'LEADER' : random.chance(0.05) ? 'SECRETARIAT' : 'MEMBER',
          since: iso(since),
          until: until === null ? null : iso(until),
        });
      }
    } else {
      const days =
        kind === 'EVENT' || kind === 'STUDY_VISIT'
          ? random.int(0, 2)
          : kind === 'PROJECT'
            ? random.int(365, 4 * 365)
            : kind === 'AGREEMENT'
              ? random.int(365, 5 * 365)
              : random.int(30, 540);
      const end = endAfter(start, days);
      out.collaborations.push({
        id,
        title: `${kind === 'EVENT' ? 'Wydarzenie' : 'Współpraca'} ${theme} — ${where} #${n}`,
        kind: kind ?? 'OTHER',
        programme: kind === 'PROJECT' ? random.pick(PROGRAMMES) : null,
        amountPln: kind === 'PROJECT' ? Math.round(random.logNormal(250_000, 1)) : null,
        startedOn: iso(start),
        endedOn: end === null ? null : iso(end),
        synthetic: true,
      });
      const leadRole = kind === 'EVENT' ? 'ORGANIZER' : kind === 'STUDY_VISIT' ? 'HOST' : 'LEAD';
      for (const m of members) {
        let role = 'PARTNER';
        if (m === lead) role = leadRole;
        else if (kind === 'EVENT') role = 'PARTICIPANT';
        else if ((kind === 'CONTRACT' || kind === 'SOCIAL_CLAUSE') && m.sector === 'MARKET')
          role = 'CONTRACTOR';
        else if (m.sector === 'PUBLIC' && random.chance(0.1)) role = 'FUNDER';
        out.participations.push({ institution: m.id, collaboration: id, role });
      }
    }
    if (area !== '') out.coverage.push({ subject: id, area });
  }
  return out;
}
