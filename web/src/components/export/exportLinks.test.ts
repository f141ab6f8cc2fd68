import { describe, expect, it } from 'vitest';
import { exportUrl, imageFileName } from './exportLinks';

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
