import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../paths.js';
import { documentSchema, type SeedDocument } from './dataset.js';

// Holds every seed document to the text it cites: each quote and each "as written" mention must
// occur in the source file word for word, so no tie rests on words the document does not contain.

const docDir = join(paths.seed, 'documents');
const sourceDir = join(paths.seed, 'sources');
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

const documents = readdirSync(docDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, doc: documentSchema.parse(JSON.parse(readFileSync(join(docDir, file), 'utf8'))) }));

function phrases(doc: SeedDocument): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of doc.partnerships) {
    out.push([`${p.id} quote`, p.quote]);
    for (const m of p.members) out.push([`${p.id} member ${m.institution}`, m.asWritten]);
    for (const u of p.unnamed) out.push([`${p.id} unnamed ${u.label}`, u.asWritten]);
  }
  for (const c of doc.collaborations) {
    out.push([`${c.id} quote`, c.quote]);
    for (const m of c.participants) out.push([`${c.id} participant ${m.institution}`, m.asWritten]);
    for (const u of c.unnamed) out.push([`${c.id} unnamed ${u.label}`, u.asWritten]);
  }
  return out;
}

describe('seed documents', () => {
  it('cover all five source texts, one document per text', () => {
    const texts = readdirSync(sourceDir).filter((f) => f.endsWith('.txt'));
    expect(texts).toHaveLength(5);
    expect(documents.map((d) => d.doc.source.file).sort()).toEqual(texts.sort());
    for (const { file, doc } of documents)
      expect(basename(file, '.json')).toBe(basename(doc.source.file, '.txt'));
  });

  it.each(documents)('$file: every quote and mention occurs verbatim in its source', ({ doc }) => {
    const path = join(sourceDir, doc.source.file);
    expect(existsSync(path)).toBe(true);
    const text = normalize(readFileSync(path, 'utf8'));
    const missing = phrases(doc).filter(([, words]) => !text.includes(normalize(words)));
    expect(missing).toEqual([]);
  });

  it.each(documents)(
    '$file: every affiliation has a quote and names its members or declares them',
    ({ doc }) => {
      for (const p of doc.partnerships) {
        expect(p.members.length > 0 || p.membersDeclared !== undefined || p.unnamed.length > 0).toBe(true);
      }
      for (const c of doc.collaborations) expect(c.participants.length).toBeGreaterThan(0);
    },
  );

  it('keeps an institution whose seat is not in its text tied to a cited page or flagged as knowledge', () => {
    const bases = documents.flatMap((d) => d.doc.institutions.map((i) => i.areaBasis));
    expect(bases.every((b) => ['text', 'name', 'context', 'source', 'knowledge'].includes(b))).toBe(true);
    for (const { doc } of documents) {
      for (const i of doc.institutions) {
        if (i.areaBasis === 'knowledge') expect(i.note, `${i.id} needs a note saying why`).toBeTruthy();
      }
    }
  });
});
