import type { InstitutionKind } from '@splot/domain';
import type { Text } from './labels.js';

/**
 * Typical partner kinds in Polish social policy and social economy: the one table the
 * missing-partner finder reads. Each row is symmetric (CIS ↔ OPS is also OPS ↔ CIS) and says why,
 * in words a ROPS officer can repeat in a meeting. Edit the data here; no code changes needed.
 */
export const KIND_PAIRINGS: ReadonlyArray<{ kinds: readonly [InstitutionKind, InstitutionKind]; why: Text }> =
  [
    {
      kinds: ['CIS', 'OPS'],
      why: { pl: 'OPS kieruje uczestników do CIS', en: 'OPS refers participants to a CIS' },
    },
    {
      kinds: ['CIS', 'PUP'],
      why: { pl: 'PUP kieruje bezrobotnych do CIS', en: 'PUP refers unemployed people to a CIS' },
    },
    {
      kinds: ['KIS', 'OPS'],
      why: { pl: 'KIS działa zwykle przy OPS lub z nim', en: 'a KIS usually works within or with the OPS' },
    },
    {
      kinds: ['KIS', 'PUP'],
      why: {
        pl: 'PUP i KIS wspólnie aktywizują bezrobotnych',
        en: 'PUP and KIS activate unemployed people together',
      },
    },
    {
      kinds: ['WTZ', 'PCPR'],
      why: {
        pl: 'WTZ finansuje powiat (PCPR) ze środków PFRON',
        en: 'the county (PCPR) funds a WTZ from PFRON money',
      },
    },
    {
      kinds: ['ZAZ', 'PCPR'],
      why: {
        pl: 'PCPR kieruje osoby z niepełnosprawnościami do ZAZ',
        en: 'PCPR refers people with disabilities to a ZAZ',
      },
    },
    {
      kinds: ['ZAZ', 'MARSHAL_OFFICE'],
      why: {
        pl: 'samorząd województwa współfinansuje ZAZ ze środków PFRON',
        en: 'the region co-funds a ZAZ from PFRON money',
      },
    },
    {
      kinds: ['WTZ', 'ZAZ'],
      why: {
        pl: 'uczestnicy WTZ przechodzą do pracy w ZAZ',
        en: 'WTZ participants move on to work in a ZAZ',
      },
    },
    {
      kinds: ['SOCIAL_COOPERATIVE', 'GMINA_OFFICE'],
      why: {
        pl: 'gmina zleca usługi spółdzielniom socjalnym (klauzule społeczne)',
        en: 'the municipality contracts social cooperatives (social clauses)',
      },
    },
    {
      kinds: ['SOCIAL_COOPERATIVE', 'OWES'],
      why: {
        pl: 'OWES zakłada i wspiera spółdzielnie socjalne',
        en: 'OWES founds and supports social cooperatives',
      },
    },
    {
      kinds: ['SOCIAL_COOPERATIVE', 'CIS'],
      why: {
        pl: 'absolwenci CIS zakładają spółdzielnie socjalne',
        en: 'CIS graduates found social cooperatives',
      },
    },
    {
      kinds: ['SOCIAL_COOPERATIVE', 'PUP'],
      why: {
        pl: 'PUP finansuje miejsca pracy w spółdzielniach socjalnych',
        en: 'PUP funds jobs in social cooperatives',
      },
    },
    {
      kinds: ['SOCIAL_ENTERPRISE', 'OWES'],
      why: { pl: 'OWES wspiera przedsiębiorstwa społeczne', en: 'OWES supports social enterprises' },
    },
    {
      kinds: ['SOCIAL_ENTERPRISE', 'GMINA_OFFICE'],
      why: {
        pl: 'gmina zleca usługi przedsiębiorstwom społecznym',
        en: 'the municipality contracts social enterprises',
      },
    },
    {
      kinds: ['LGD', 'ASSOCIATION'],
      why: {
        pl: 'LGD to partnerstwo z organizacjami pozarządowymi',
        en: 'an LGD is a partnership with NGOs',
      },
    },
    {
      kinds: ['LGD', 'FOUNDATION'],
      why: {
        pl: 'LGD to partnerstwo z organizacjami pozarządowymi',
        en: 'an LGD is a partnership with NGOs',
      },
    },
    {
      kinds: ['LGD', 'COMPANY'],
      why: {
        pl: 'LGD łączy sektor publiczny, społeczny i gospodarczy',
        en: 'an LGD joins the public, social and business sectors',
      },
    },
    {
      kinds: ['LGD', 'GMINA_OFFICE'],
      why: { pl: 'gminy są członkami LGD', en: 'municipalities are members of an LGD' },
    },
    {
      kinds: ['OWES', 'ROPS'],
      why: {
        pl: 'ROPS koordynuje wsparcie ekonomii społecznej w regionie',
        en: 'ROPS coordinates social economy support in the region',
      },
    },
    {
      kinds: ['OWES', 'ASSOCIATION'],
      why: { pl: 'OWES wspiera organizacje pozarządowe', en: 'OWES supports NGOs' },
    },
    {
      kinds: ['OWES', 'FOUNDATION'],
      why: { pl: 'OWES wspiera organizacje pozarządowe', en: 'OWES supports NGOs' },
    },
    {
      kinds: ['OWES', 'GMINA_OFFICE'],
      why: {
        pl: 'OWES pomaga gminom we współpracy z ekonomią społeczną',
        en: 'OWES helps municipalities work with the social economy',
      },
    },
    {
      kinds: ['ROPS', 'PCPR'],
      why: {
        pl: 'ROPS koordynuje politykę społeczną w powiatach',
        en: 'ROPS coordinates social policy in the counties',
      },
    },
    {
      kinds: ['ROPS', 'OPS'],
      why: { pl: 'ROPS wspiera ośrodki pomocy społecznej', en: 'ROPS supports social assistance centres' },
    },
    {
      kinds: ['OPS', 'GMINA_OFFICE'],
      why: { pl: 'OPS to jednostka gminy', en: 'the OPS is a unit of the municipality' },
    },
    {
      kinds: ['OPS', 'ASSOCIATION'],
      why: { pl: 'OPS zleca usługi społeczne organizacjom', en: 'the OPS contracts social services to NGOs' },
    },
    {
      kinds: ['OPS', 'FOUNDATION'],
      why: { pl: 'OPS zleca usługi społeczne organizacjom', en: 'the OPS contracts social services to NGOs' },
    },
    {
      kinds: ['OPS', 'CHURCH_ENTITY'],
      why: {
        pl: 'parafie i Caritas prowadzą pomoc wspólnie z OPS',
        en: 'parishes and Caritas provide aid with the OPS',
      },
    },
    {
      kinds: ['PCPR', 'POWIAT_OFFICE'],
      why: { pl: 'PCPR to jednostka powiatu', en: 'the PCPR is a unit of the county' },
    },
    {
      kinds: ['PCPR', 'ASSOCIATION'],
      why: { pl: 'PCPR zleca zadania organizacjom pozarządowym', en: 'the PCPR contracts tasks to NGOs' },
    },
    {
      kinds: ['PCPR', 'FOUNDATION'],
      why: { pl: 'PCPR zleca zadania organizacjom pozarządowym', en: 'the PCPR contracts tasks to NGOs' },
    },
    {
      kinds: ['PUP', 'POWIAT_OFFICE'],
      why: { pl: 'PUP to jednostka powiatu', en: 'the PUP is a unit of the county' },
    },
    {
      kinds: ['PUP', 'COMPANY'],
      why: {
        pl: 'PUP pośredniczy między bezrobotnymi a pracodawcami',
        en: 'PUP matches unemployed people with employers',
      },
    },
    {
      kinds: ['COMPANY', 'SOCIAL_COOPERATIVE'],
      why: {
        pl: 'firmy zlecają usługi spółdzielniom socjalnym',
        en: 'companies buy services from social cooperatives',
      },
    },
    {
      kinds: ['COMPANY', 'CIS'],
      why: {
        pl: 'firmy przyjmują uczestników CIS na praktyki i do pracy',
        en: 'companies take CIS participants for placements and jobs',
      },
    },
    {
      kinds: ['UNIVERSITY', 'ROPS'],
      why: {
        pl: 'uczelnie prowadzą badania dla polityki społecznej regionu',
        en: 'universities research regional social policy',
      },
    },
  ];

/** The pairing row for two kinds, in either order, or undefined. */
export function typicalPairing(a: string | null, b: string | null): { why: Text } | undefined {
  if (a === null || b === null) return undefined;
  return KIND_PAIRINGS.find(({ kinds: [x, y] }) => (x === a && y === b) || (x === b && y === a));
}

/** The kinds typically paired with this one, in table order. */
export function typicalPartnerKinds(kind: string | null): string[] {
  const out: string[] = [];
  for (const {
    kinds: [x, y],
  } of KIND_PAIRINGS) {
    const other = x === kind ? y : y === kind ? x : null;
    if (other !== null && !out.includes(other)) out.push(other);
  }
  return out;
}
