/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FILE_FORMATS } from '../../components/export/exportLinks';
import en from '../../locales/en.json';
import pl from '../../locales/pl.json';
import { ALL_AREA_LEVELS } from '../area/types';
import { ROLES } from '../auth/utils';
import { FORM_ERROR_CODES } from '../editing/types';
import {
  GAP_STATUSES,
  INSTITUTION_KINDS,
  MEMBER_ROLES,
  NETWORK_MODES,
  NODE_TYPES,
  PARTICIPATION_ROLES,
  REASON_CODES,
  SECTORS,
  TIE_KINDS,
} from '../network/types';
import { RULE_MESSAGES } from '../validation/rules';
import { LAYOUTS } from '../view/types';
import { COLOUR_BY } from '../workbench/appearance';
import { WORKBENCH_TABS } from '../workbench/types';

// Like Gephi Lite's CI check: a key that no code uses, or a key some code needs and a catalogue
// lacks, fails the build. Keys built at run time belong to a family listed here with its values.
const FAMILIES: Record<string, readonly string[]> = {
  kind: INSTITUTION_KINDS,
  sector: [...SECTORS, 'UNKNOWN'],
  tieKind: TIE_KINDS,
  nodeType: NODE_TYPES,
  mode: NETWORK_MODES,
  layout: LAYOUTS,
  measure: ['none', 'fallback', 'fallbackTwoMode'],
  'area.level': ALL_AREA_LEVELS,
  memberRole: MEMBER_ROLES,
  participationRole: PARTICIPATION_ROLES,
  'export.format': [...FILE_FORMATS, 'png', 'svg'],
  'import.outcome': ['dry-run', 'applied', 'unchanged', 'rejected'],
  'import.kind': [
    'institutions',
    'partnerships',
    'members',
    'collaborations',
    'participants',
    'sources',
    'areas',
  ],
  reason: REASON_CODES,
  gap: GAP_STATUSES,
  rule: [...Object.keys(RULE_MESSAGES), ...FORM_ERROR_CODES],
  role: ROLES,
  auth: ['malformed', 'expired'],
  'workbench.tab': WORKBENCH_TABS,
  'workbench.colour': COLOUR_BY,
  'workbench.part': ['sector', 'pairing', 'commonPartners', 'proximity'],
  // The partner survey (web/src/survey): its form fields and the server's enums.
  'surveys.field': ['title', 'area', 'opensOn', 'closesOn'],
  'surveys.status': ['DRAFT', 'OPEN', 'CLOSED'],
  'surveys.response': ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED'],
  'surveys.link': ['NOT_ISSUED', 'ACTIVE', 'REVOKED'],
  'surveys.proposal': ['PENDING', 'ACCEPTED', 'REJECTED'],
  'filters.evidence': ['all', 'documented', 'reported'],
};
/** Families whose values come from the server (error codes): used as a whole, values open. */
const OPEN_FAMILIES = ['error'];

const catalogues = { pl, en } as Record<string, Record<string, string>>;
const srcDir = fileURLToPath(new URL('../../', import.meta.url));
// The server's PDF report reads its words from these catalogues too (report.pdf.*).
const reportDir = fileURLToPath(new URL('../../../../server/src/report/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(test|generated)\.tsx?$/.test(name) ? [path] : [];
  });
}

const source = [...sourceFiles(srcDir), ...sourceFiles(reportDir)]
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
/** Every string literal in the code, and the static prefix of every template literal. */
const literals = new Set([...source.matchAll(/'([^'\n]+)'/g)].map((m) => m[1] ?? ''));
const templatePrefixes = new Set(
  [...source.matchAll(/`([a-zA-Z.]+)\.\$\{/g)].map((m) => m[1] ?? '').filter((p) => p.length > 0),
);

function baseKey(key: string, locale: string): string {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match?.[1] && categories.includes(match[2] as Intl.LDMLPluralRule) ? match[1] : key;
}

describe('translation keys', () => {
  it('every catalogue has the same keys, with the plural forms its language needs', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const bases = new Set(Object.keys(catalogue).map((key) => baseKey(key, locale)));
      expect([...bases].sort(), locale).toEqual(
        [...new Set(Object.keys(pl).map((key) => baseKey(key, 'pl')))].sort(),
      );
      for (const base of bases) {
        const plural = Object.keys(catalogue).some((key) => key.startsWith(`${base}_`) && key !== base);
        if (!plural) continue;
        for (const category of categories)
          expect(catalogue, `${locale} ${base}`).toHaveProperty([`${base}_${category}`]);
      }
    }
  });

  it('no key is unused', () => {
    const unused = Object.keys(pl)
      .map((key) => baseKey(key, 'pl'))
      .filter((key) => {
        if (literals.has(key)) return false;
        const family = Object.keys(FAMILIES).find((f) => key.startsWith(`${f}.`) && templatePrefixes.has(f));
        if (family && FAMILIES[family]?.includes(key.slice(family.length + 1))) return false;
        return !OPEN_FAMILIES.some((f) => key.startsWith(`${f}.`) && templatePrefixes.has(f));
      });
    expect([...new Set(unused)]).toEqual([]);
  });

  it('every value of a family used at run time has a message in every language', () => {
    for (const [family, values] of Object.entries(FAMILIES)) {
      if (!templatePrefixes.has(family)) continue;
      for (const value of values) {
        for (const [locale, catalogue] of Object.entries(catalogues)) {
          expect(catalogue, `${locale}: ${family}.${value}`).toHaveProperty([`${family}.${value}`]);
        }
      }
    }
  });

  it('no message is empty and placeholders match across languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(pl)) {
      expect(text.trim(), key).not.toBe('');
      const english =
        (en as Record<string, string>)[key] ?? (en as Record<string, string>)[`${baseKey(key, 'pl')}_other`];
      if (english !== undefined) expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });
});
