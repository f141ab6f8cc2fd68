import { describe, expect, it } from 'vitest';
import { attachmentName, exportUrl, imageFileName, layoutOf } from './exportLinks';

describe('export links', () => {
  it('carries the mode and the filters, leaving out the defaults', () => {
    expect(exportUrl({ teryt: '2607', mode: 'INSTITUTIONS' }, 'gexf')).toBe('/export/2607.gexf');
    expect(
      exportUrl(
        {
          teryt: '2607',
          mode: 'AFFILIATIONS',
          asOf: '2019-06-28',
          sectors: ['PUBLIC', 'NGO'],
          kinds: [],
          tieKinds: ['PARTNERSHIP'],
        },
        'csv.zip',
      ),
    ).toBe(
      '/export/2607.csv.zip?mode=AFFILIATIONS&asOf=2019-06-28&sectors=PUBLIC%2CNGO&tieKinds=PARTNERSHIP',
    );
  });

  it('passes "only sourced ties" as sourcedOnly=true, and nothing when it is off', () => {
    const view = { teryt: '2607', mode: 'INSTITUTIONS' as const };
    expect(exportUrl({ ...view, sourcedOnly: true }, 'json')).toBe('/export/2607.json?sourcedOnly=true');
    expect(exportUrl({ ...view, sourcedOnly: false }, 'json')).toBe('/export/2607.json');
  });

  it('names images like the server names files', () => {
    const day = new Date(2026, 10, 25, 23, 30);
    expect(imageFileName({ teryt: '2607', mode: 'INSTITUTIONS' }, 'png', day)).toBe(
      'splot-2607-2026-11-25.png',
    );
    expect(imageFileName({ teryt: '26', mode: 'AFFILIATIONS', asOf: '2020-01-01' }, 'svg', day)).toBe(
      'splot-26-2020-01-01-affiliations.svg',
    );
  });
});

describe('the layout the menu sends with GEXF and GraphML', () => {
  const node = (id: string, x: number, y: number, size?: unknown) => ({
    id: () => id,
    position: () => ({ x, y }),
    data: () => size,
  });

  it('gives each drawn node its model position and size, skipping what is not a number', () => {
    expect(layoutOf([node('a', 1.5, -2, 30), node('b', 0, 4), node('c', Number.NaN, 1, 10)])).toEqual({
      a: { x: 1.5, y: -2, size: 30 },
      b: { x: 0, y: 4 },
    });
  });

  it('names the file as the server does', () => {
    expect(attachmentName('attachment; filename="splot-2607-2026-12-06.gexf"', 'x')).toBe(
      'splot-2607-2026-12-06.gexf',
    );
    expect(attachmentName(null, 'splot.gexf')).toBe('splot.gexf');
  });
});
