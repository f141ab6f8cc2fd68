import { z } from 'zod';
import {
  COLLABORATION_KINDS,
  INSTITUTION_KINDS,
  MEMBER_ROLES,
  PARTICIPATION_ROLES,
  SECTOR_CODES,
} from '../domain/kinds.js';

// The shape of one seed document file (cypher/seed/documents/*.json): one source and what it says.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const teryt = z.string().regex(/^(\d{2}|\d{4}|\d{6}[1-589])$/, 'expected a TERYT code');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase id of letters, digits and dashes');

export const institutionSchema = z.strictObject({
  id,
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  kind: z.enum(INSTITUTION_KINDS as [string, ...string[]]),
  sector: z.enum(SECTOR_CODES).optional(),
  area: teryt,
  legalForm: z.string().optional(),
  krs: z.string().optional(),
  regon: z.string().optional(),
  nip: z.string().optional(),
  website: z.string().optional(),
  address: z.string().optional(),
  founded: isoDate.optional(),
  note: z.string().optional(),
});

const citation = { quote: z.string().min(1), covers: z.array(teryt).default([]) };

export const partnershipSchema = z.strictObject({
  id,
  name: z.string().min(1),
  signedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  goal: z.string().optional(),
  membersDeclared: z.number().int().positive().optional(),
  ...citation,
  members: z.array(
    z.strictObject({
      institution: id,
      role: z.enum(MEMBER_ROLES).default('MEMBER'),
      since: isoDate.optional(),
      until: isoDate.optional(),
    }),
  ),
});

export const collaborationSchema = z.strictObject({
  id,
  title: z.string().min(1),
  kind: z.enum(COLLABORATION_KINDS),
  startedOn: isoDate.optional(),
  endedOn: isoDate.optional(),
  programme: z.string().optional(),
  amountPln: z.number().nonnegative().optional(),
  ...citation,
  participants: z.array(z.strictObject({ institution: id, role: z.enum(PARTICIPATION_ROLES) })),
});

export const documentSchema = z.strictObject({
  source: z.strictObject({
    id,
    title: z.string().min(1),
    publisher: z.string().optional(),
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
