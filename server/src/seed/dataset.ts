import {
  COLLABORATION_KINDS,
  DATE_PRECISIONS,
  INSTITUTION_KINDS,
  MEMBER_ROLES,
  PARTICIPATION_ROLES,
  SECTOR_CODES,
} from '@splot/domain';
import { z } from 'zod';

// The shape of one seed document file (cypher/seed/documents/*.json): one source and what it says.
// The honesty rule (cypher/seed/README.md) is enforced here where a schema can: every mention of an
// institution carries the words the document uses (`asWritten`), and whatever the text leaves
// implicit (an official name, a seat) cites the public page that settles it.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const teryt = z.string().regex(/^(\d{2}|\d{4}|\d{6}[1-589])$/, 'expected a TERYT code');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id of letters, digits and dashes');
const url = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) address');
/** Words copied from the source text; the seed tests check they occur in it verbatim. */
const verbatim = z.string().min(1);

/**
 * Where an institution's area comes from: `text` the document states the town, `name` its name
 * holds the place, `context` the document shows it acting there (no seat given), `source` a cited
 * public page gives the seat (areaSource), `knowledge` general knowledge with no page at hand.
 */
export const AREA_BASES = ['text', 'name', 'context', 'source', 'knowledge'] as const;

export const institutionSchema = z
  .strictObject({
    id,
    name: z.string().min(1),
    shortName: z.string().min(1).optional(),
    kind: z.enum(INSTITUTION_KINDS as [string, ...string[]]),
    sector: z.enum(SECTOR_CODES).optional(),
    area: teryt,
    areaBasis: z.enum(AREA_BASES),
    areaSource: url.optional(),
    legalForm: z.string().optional(),
    krs: z.string().optional(),
    regon: z.string().optional(),
    nip: z.string().optional(),
    website: z.string().optional(),
    address: z.string().optional(),
    founded: isoDate.optional(),
    note: z.string().optional(),
  })
  .refine((i) => (i.areaBasis === 'source') === (i.areaSource !== undefined), {
    message: 'areaSource is required with areaBasis "source" and only then',
    path: ['areaSource'],
  });

const mention = {
  institution: id,
  /** How the document refers to it, verbatim ("Urząd Miasta", "jesteśmy partnerem"). */
  asWritten: verbatim,
  /** Public pages that identify the institution when the text names only its kind or nothing. */
  identifiedBy: z.array(url).min(1).optional(),
};

/** Participants the document declares without naming them: kept as data, never as institutions. */
const unnamedSchema = z.strictObject({
  label: z.string().min(1),
  asWritten: verbatim,
  kind: z.enum(INSTITUTION_KINDS as [string, ...string[]]).optional(),
  sector: z.enum(SECTOR_CODES).optional(),
  count: z.number().int().positive().optional(),
  role: z.enum([...new Set([...MEMBER_ROLES, ...PARTICIPATION_ROLES])] as [string, ...string[]]),
});

const affiliation = {
  id,
  /** The start date's precision; NOT_AFTER: the text gives no date, this is the latest it can be. */
  datePrecision: z.enum(DATE_PRECISIONS).optional(),
  goal: z.string().optional(),
  quote: verbatim,
  covers: z.array(teryt).default([]),
  identifiedBy: z.array(url).min(1).optional(),
  unnamed: z.array(unnamedSchema).default([]),
  note: z.string().optional(),
};

export const partnershipSchema = z.strictObject({
  ...affiliation,
  name: z.string().min(1),
  signedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  membersDeclared: z.number().int().positive().optional(),
  members: z.array(
    z.strictObject({
      ...mention,
      role: z.enum(MEMBER_ROLES).default('MEMBER'),
      since: isoDate.optional(),
      until: isoDate.optional(),
    }),
  ),
});

export const collaborationSchema = z.strictObject({
  ...affiliation,
  title: z.string().min(1),
  kind: z.enum(COLLABORATION_KINDS),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  programme: z.string().optional(),
  amountPln: z.number().nonnegative().optional(),
  participants: z.array(z.strictObject({ ...mention, role: z.enum(PARTICIPATION_ROLES) })),
});

export const documentSchema = z.strictObject({
  source: z.strictObject({
    id,
    title: z.string().min(1),
    publisher: z.string().optional(),
    /** Pages that identify the publisher when the text does not name it. */
    publisherIdentifiedBy: z.array(url).min(1).optional(),
    url: z.string().optional(),
    publishedOn: isoDate.optional(),
    file: z.string().min(1),
  }),
  institutions: z.array(institutionSchema).default([]),
  partnerships: z.array(partnershipSchema).default([]),
  collaborations: z.array(collaborationSchema).default([]),
});

export type SeedDocument = z.infer<typeof documentSchema>;
export type SeedInstitution = z.infer<typeof institutionSchema>;
export type SeedUnnamed = z.infer<typeof unnamedSchema>;
