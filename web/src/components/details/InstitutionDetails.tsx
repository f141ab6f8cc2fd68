import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR_COLORS } from '../../core/appearance/types';
import type { InstitutionDetails as Details } from '../../core/details';
import { currentLocale, tMaybe } from '../../core/i18n';
import { formatDate, formatPln } from '../../core/i18n/format';
import { sectorKey } from '../../core/network/utils';
import { NodeShapeIcon } from '../NodeShapeIcon';
import { DateRange } from './DateRange';
import { SourceList } from './SourceList';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** The area chain of an institution's seat: "Ćmielów, powiat ostrowiecki, świętokrzyskie". */
function areaText(details: Details): string {
  const seat = details.area[0];
  if (!seat) return '';
  const chain = [seat, seat.parent[0], seat.parent[0]?.parent[0]].filter((a) => a !== undefined);
  return chain.map((a) => `${a.name} (${tMaybe(`area.level.${a.level}`, a.level)})`).join(', ');
}

/** Everything known about one institution: its record, area, sector, ties with roles, dates and sources. */
export function InstitutionDetails({ details }: { details: Details }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const sector = sectorKey(details.sector[0]?.code ?? null);
  const partnerships = details.partnershipsConnection.edges;
  const collaborations = details.collaborationsConnection.edges;
  return (
    <>
      <dl className="facts">
        <Field label={t('details.kind')} testId="node-kind">
          {tMaybe(`kind.${details.kind}`, details.kind)}
        </Field>
        <Field label={t('details.sector')} testId="node-sector">
          <NodeShapeIcon shape="ellipse" fill={SECTOR_COLORS[sector]} />
          {t(`sector.${sector}`)}
        </Field>
        <Field label={t('details.area')} testId="node-area">
          {areaText(details)}
        </Field>
        <Field label={t('field.address')}>{details.address}</Field>
        <Field label={t('field.website')}>
          {details.website && (
            <a href={details.website} target="_blank" rel="noreferrer noopener">
              {details.website.replace(/^https?:\/\//, '')}
            </a>
          )}
        </Field>
        <Field label={t('field.email')}>
          {details.email && <a href={`mailto:${details.email}`}>{details.email}</a>}
        </Field>
        <Field label={t('field.phone')}>{details.phone}</Field>
        <Field label={t('field.legalForm')}>{details.legalForm}</Field>
        <Field label="KRS">{details.krs}</Field>
        <Field label="REGON">{details.regon}</Field>
        <Field label="NIP">{details.nip}</Field>
        <Field label={t('field.founded')}>{details.founded && formatDate(details.founded, locale)}</Field>
      </dl>

      <h3>{t('details.partnerships', { count: partnerships.length })}</h3>
      {partnerships.length === 0 ? (
        <p className="muted small">{t('details.noPartnerships')}</p>
      ) : (
        <ul className="ties" data-testid="details-partnerships">
          {partnerships.map(({ node, properties }) => (
            <li key={node.id}>
              <p className="tie-title">{node.name}</p>
              <p className="tie-meta">
                {properties.role && <span className="role">{t(`memberRole.${properties.role}`)}</span>}
                <DateRange start={properties.since ?? node.signedOn} end={properties.until ?? node.endedOn} />
              </p>
              {node.goal && <p className="small">{node.goal}</p>}
              <SourceList sources={node.sourcesConnection.edges} />
            </li>
          ))}
        </ul>
      )}

      <h3>{t('details.collaborations', { count: collaborations.length })}</h3>
      {collaborations.length === 0 ? (
        <p className="muted small">{t('details.noCollaborations')}</p>
      ) : (
        <ul className="ties" data-testid="details-collaborations">
          {collaborations.map(({ node, properties }) => (
            <li key={node.id}>
              <p className="tie-title">{node.title}</p>
              <p className="tie-meta">
                <span className="tag">{t(`tieKind.${node.kind}`)}</span>
                {properties.role && <span className="role">{t(`participationRole.${properties.role}`)}</span>}
                <DateRange start={node.startedOn} end={node.endedOn} kind={node.kind} />
              </p>
              {(node.programme || node.amountPln !== null) && (
                <p className="small">
                  {[node.programme, node.amountPln !== null ? formatPln(node.amountPln, locale) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              )}
              <SourceList sources={node.sourcesConnection.edges} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
