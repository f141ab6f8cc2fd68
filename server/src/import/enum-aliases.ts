import { INSTITUTION_KINDS, KINDS } from '@splot/domain';
import { foldName } from './columns.js';

// Enum values as people write them in Polish spreadsheets, folded (see foldName) → the code.
// The codes themselves are always accepted, in any case, with spaces or dashes for underscores.
// Every kind's Polish name (@splot/domain) is accepted too; below are the other ways people write it.

const KIND_NAMES = Object.fromEntries(INSTITUTION_KINDS.map((kind) => [foldName(KINDS[kind].pl), kind]));

export const ENUM_ALIASES: Record<string, Record<string, string>> = {
  kind: {
    ...KIND_NAMES,
    urzadmiasta: 'GMINA_OFFICE',
    urzadmiastaigminy: 'GMINA_OFFICE',
    starostwo: 'POWIAT_OFFICE',
    mops: 'OPS',
    gops: 'OPS',
    mgops: 'OPS',
    centrumuslugspolecznych: 'OPS',
    urzadpracy: 'PUP',
    firma: 'COMPANY',
    spolka: 'COMPANY',
    uniwersytet: 'UNIVERSITY',
    parafia: 'CHURCH_ENTITY',
    koscielnaosobaprawna: 'CHURCH_ENTITY',
    inny: 'OTHER',
    inne: 'OTHER',
    // Collaboration kinds share the column name "rodzaj".
    projekt: 'PROJECT',
    porozumienie: 'AGREEMENT',
    umowapartnerska: 'AGREEMENT',
    wydarzenie: 'EVENT',
    konferencja: 'EVENT',
    spotkanie: 'EVENT',
    wizytastudyjna: 'STUDY_VISIT',
    klauzulaspoleczna: 'SOCIAL_CLAUSE',
    zamowienie: 'CONTRACT',
    kontrakt: 'CONTRACT',
    zlecenie: 'CONTRACT',
    skierowanie: 'REFERRAL',
  },
  sector: {
    publiczny: 'PUBLIC',
    sektorpubliczny: 'PUBLIC',
    rynkowy: 'MARKET',
    sektorrynkowy: 'MARKET',
    prywatny: 'MARKET',
    biznes: 'MARKET',
    pozarzadowy: 'NGO',
    sektorpozarzadowy: 'NGO',
    obywatelski: 'NGO',
    ekonomiaspoleczna: 'SOCIAL_ECONOMY',
    ekonomiispolecznej: 'SOCIAL_ECONOMY',
    sektorekonomiispolecznej: 'SOCIAL_ECONOMY',
    es: 'SOCIAL_ECONOMY',
  },
  role: {
    lider: 'LEADER',
    koordynator: 'LEADER',
    czlonek: 'MEMBER',
    sekretariat: 'SECRETARIAT',
    inicjator: 'INITIATOR',
    // Collaboration roles (the same column name): LEADER is LEAD there, see fields.ts.
    wnioskodawca: 'LEAD',
    gospodarz: 'HOST',
    organizator: 'ORGANIZER',
    uczestnik: 'PARTICIPANT',
    fundator: 'FUNDER',
    finansujacy: 'FUNDER',
    grantodawca: 'FUNDER',
    wykonawca: 'CONTRACTOR',
  },
};
