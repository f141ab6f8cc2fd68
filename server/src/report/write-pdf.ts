import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SECTOR_COLORS } from '@splot/domain';
import PDFDocument from 'pdfkit';
import { kindName, type Lang, sectorName } from '../analytics/missing-partners/labels.js';
import type { AreaRef, NetworkFilter } from '../network/types.js';
import { word } from './labels.js';
import type { ReportData } from './read-report.js';

// DejaVu Sans has every Polish letter (ą, ć, ę, ł, ń, ó, ś, ź, ż); pdfkit embeds the subset used.
const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = join(fonts, 'DejaVuSans.ttf');
const BOLD = join(fonts, 'DejaVuSans-Bold.ttf');
/** Large affiliations named by the report's boundary line; more are counted. */
const REPORT_CUT_NAMED = 10;

export interface ReportInput {
  area: AreaRef;
  filter: NetworkFilter;
  lang: Lang;
  /** The canvas as the user sees it (PNG), or null. */
  image: Buffer | null;
  data: ReportData;
  /** When the report was made (ISO date-time), printed on it. */
  now: string;
}

type Doc = InstanceType<typeof PDFDocument>;

const number = (value: number, lang: Lang, digits = 2) =>
  new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
const share = (value: number | null, lang: Lang) =>
  value === null
    ? '–'
    : new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(value);
const ei = (value: number | null, lang: Lang) =>
  value === null
    ? '–'
    : new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', {
        maximumFractionDigits: 2,
        signDisplay: 'exceptZero',
      }).format(value);

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - 140) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#1f2328').text(text).moveDown(0.3);
  doc.font('regular').fontSize(9.5);
}

/** A plain table: header row in bold, columns of the given widths (points), rows wrapping. */
function table(doc: Doc, widths: number[], head: string[], rows: string[][]) {
  const x0 = doc.page.margins.left;
  const draw = (cells: string[], bold: boolean) => {
    const heights = cells.map((c, i) =>
      doc.font(bold ? 'bold' : 'regular').heightOfString(c, { width: (widths[i] ?? 60) - 4 }),
    );
    const h = Math.max(...heights) + 4;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    let x = x0;
    cells.forEach((c, i) => {
      doc.font(bold ? 'bold' : 'regular').text(c, x + 2, y + 2, { width: (widths[i] ?? 60) - 4 });
      x += widths[i] ?? 60;
    });
    doc
      .moveTo(x0, y + h)
      .lineTo(x, y + h)
      .lineWidth(0.4)
      .strokeColor('#d0d7de')
      .stroke();
    doc.x = x0;
    doc.y = y + h;
  };
  doc.fontSize(9);
  draw(head, true);
  for (const row of rows) draw(row, false);
  doc.fontSize(9.5).moveDown(0.4);
}

function filterText(filter: NetworkFilter, lang: Lang): string {
  const parts = [
    ...(filter.sectors ?? []).map((s) => sectorName(s, lang)),
    ...(filter.kinds ?? []).map((k) => kindName(k, lang)),
    ...(filter.tieKinds ?? []),
    ...(filter.sourcedOnly ? [word('sourcedOnly', lang)] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : word('noFilters', lang);
}

/**
 * The area report as a PDF: title, area, date and time model, the network picture with its
 * legend, counts, the sector matrix with E-I, coverage gaps, top brokers, the missing-partner
 * worklist and the sources cited.
 */
export function writeReportPdf({ area, filter, lang, image, data, now }: ReportInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 42,
    info: { Title: `${word('title', lang)}: ${area.name}`, Author: 'splot' },
    lang: lang === 'pl' ? 'pl-PL' : 'en-GB',
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const { matrix } = data;
  const level = {
    COUNTRY: { pl: 'kraj', en: 'country' },
    VOIVODESHIP: { pl: 'województwo', en: 'voivodeship' },
    POWIAT: { pl: 'powiat', en: 'powiat' },
    GMINA: { pl: 'gmina', en: 'gmina' },
  }[area.level][lang];

  doc
    .font('bold')
    .fontSize(20)
    .fillColor('#1f2328')
    .text(`${word('title', lang)}: ${area.name}`);
  doc.font('regular').fontSize(10).fillColor('#57606a');
  doc.text(
    `${level} · TERYT ${area.teryt} · ${word('generated', lang)}: ${now.slice(0, 16).replace('T', ' ')}`,
  );
  doc.text(filter.asOf ? `${word('asOf', lang)}: ${filter.asOf}` : word('allYears', lang));
  doc.text(`${word('filters', lang)}: ${filterText(filter, lang)}`);
  doc.fillColor('#1f2328').moveDown(0.3).text(word('timeModel', lang));

  heading(doc, word('picture', lang));
  if (image) {
    doc.image(image, { fit: [width, 330], align: 'center' });
    doc.moveDown(0.3);
  } else doc.text(word('noPicture', lang));
  // The legend: one swatch per sector, then the boundary rule.
  let x = doc.page.margins.left;
  const y = doc.y + 4;
  for (const s of matrix.sectors) {
    const name = sectorName(s.sector, lang);
    doc
      .circle(x + 4, y + 4, 4)
      .fill(SECTOR_COLORS[s.sector as keyof typeof SECTOR_COLORS] ?? SECTOR_COLORS.UNKNOWN);
    doc
      .fillColor('#1f2328')
      .fontSize(9)
      .text(name, x + 11, y, { lineBreak: false });
    x += doc.widthOfString(name) + 26;
  }
  doc.x = doc.page.margins.left;
  doc.y = y + 14;
  doc.fontSize(9).text(word('legend', lang));

  heading(doc, word('counts', lang));
  table(
    doc,
    [width * 0.7, width * 0.3],
    ['', ''],
    [
      [word('institutions', lang), number(matrix.institutions, lang)],
      [word('ties', lang), number(matrix.ties, lang)],
      [word('boundary', lang), number(matrix.boundary.ties, lang)],
      [word('sources', lang), number(data.sources.length, lang)],
    ],
  );
  const { cut, maxMembers } = matrix.boundary.bound;
  if (cut.length > 0) {
    // The affiliations too large to reach outside through, as the explorer lists them.
    const named = cut.slice(0, REPORT_CUT_NAMED).map((c) => `${c.label} (${number(c.members, lang)})`);
    if (cut.length > REPORT_CUT_NAMED) named.push(`… (+${number(cut.length - REPORT_CUT_NAMED, lang)})`);
    doc
      .fontSize(9)
      .fillColor('#57606a')
      .text(
        word('boundaryCut', lang)
          .replace('{max}', number(maxMembers, lang))
          .replace('{list}', named.join('; ')),
      )
      .fillColor('#1f2328');
  }

  heading(doc, word('matrix', lang));
  const sectors = matrix.sectors.map((s) => s.sector);
  const cell = (from: string, to: string) => matrix.blocks.find((b) => b.from === from && b.to === to);
  const eiOf = new Map(matrix.sectorEi.map((s) => [s.sector, s.ei]));
  const col = (width * 0.8) / (sectors.length + 1);
  table(
    doc,
    [width * 0.2, ...sectors.map(() => col), col],
    ['', ...sectors.map((s) => sectorName(s, lang)), word('ei', lang)],
    sectors.map((from) => [
      sectorName(from, lang),
      ...sectors.map((to) => {
        const b = cell(from, to);
        return b ? `${b.ties} (${share(b.density, lang)})` : '0';
      }),
      ei(eiOf.get(from) ?? null, lang),
    ]),
  );
  doc.text(
    `${word('areaEi', lang)}: ${ei(matrix.ei.ei, lang)} (${matrix.ei.external} / ${matrix.ei.internal}). ${word('eiHelp', lang)}`,
  );

  heading(doc, word('gaps', lang));
  if (!data.gaps) doc.text(word('gapsCountry', lang));
  else if (data.gaps.missingKinds.length === 0 && data.gaps.withoutCrossSectorTie.length === 0)
    doc.text(word('gapsNone', lang));
  else {
    for (const gap of data.gaps.missingKinds) {
      doc.text(`• ${gap.area.name}: ${kindName(gap.kind, lang)} – ${word('missingKind', lang)}`);
    }
    if (data.gaps.withoutCrossSectorTie.length > 0) {
      doc.moveDown(0.3).font('bold').text(word('noCrossTie', lang)).font('regular');
      for (const i of data.gaps.withoutCrossSectorTie)
        doc.text(`• ${i.label} (${kindName(i.kind, lang)}, ${sectorName(i.sector, lang)})`);
    }
  }

  heading(doc, word('brokers', lang));
  if (!data.brokers) doc.text(word('brokersLarge', lang));
  else if (data.brokers.ranking.length === 0) doc.text(word('brokersNone', lang));
  else
    table(
      doc,
      [width * 0.4, width * 0.18, width * 0.16, width * 0.14, width * 0.12],
      [
        word('institution', lang),
        word('sector', lang),
        word('crossSector', lang),
        word('betweenness', lang),
        word('degree', lang),
      ],
      data.brokers.ranking.map((b) => [
        b.label,
        sectorName(b.sector, lang),
        String(b.brokerage.crossSector),
        number(b.betweennessNormalized, lang),
        String(b.degree),
      ]),
    );

  heading(doc, word('worklist', lang));
  if (!data.missing) doc.text(word('worklistLarge', lang));
  else if (data.missing.candidates.length === 0) doc.text(word('worklistNone', lang));
  else
    data.missing.candidates.forEach((c, i) => {
      if (doc.y > doc.page.height - 90) doc.addPage();
      doc
        .font('bold')
        .text(
          `☐ ${i + 1}. ${c.forInstitution.label} – ${c.label} (${word('score', lang)} ${number(c.score, lang)})`,
        );
      doc
        .font('regular')
        .fillColor('#57606a')
        .text(c.reasons.map((r) => r.text[lang]).join('; '), { indent: 14 });
      doc.fillColor('#1f2328');
    });

  heading(doc, word('sourceList', lang));
  if (data.sources.length === 0) doc.text(word('sourcesNone', lang));
  data.sources.forEach((s, i) => {
    const meta = [s.publisher, s.publishedOn].filter(Boolean).join(', ');
    doc.text(`${i + 1}. ${s.title}${meta ? ` – ${meta}` : ''}${s.url ? ` – ${s.url}` : ''}`);
  });
  doc.end();
  return done;
}
