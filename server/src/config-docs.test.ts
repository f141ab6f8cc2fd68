import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES } from './config.js';
import { paths } from './paths.js';

describe('docs/configuration.md', () => {
  it('has a row for every setting, and none for a setting that no longer exists', () => {
    const doc = readFileSync(join(paths.repoRoot, 'docs', 'configuration.md'), 'utf8');
    const documented = new Set(
      [...doc.matchAll(/^\|[^|\n]*`([A-Z][A-Z0-9_]+)`/gm)].flatMap(
        (m) => m[0].match(/[A-Z][A-Z0-9_]{2,}/g) ?? [],
      ),
    );
    expect(SETTING_NAMES.filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !SETTING_NAMES.includes(name))).toEqual([]);
  });
});
