import { useTranslation } from 'react-i18next';
import { type CollaborationDetails, isPartnership, type PartnershipDetails } from '../../core/details';
import { currentLocale, tMaybe } from '../../core/i18n';
import { formatPln } from '../../core/i18n/format';
import { DateRange } from './DateRange';
import { SourceList } from './SourceList';

interface AffiliationDetailsProps {
  details: PartnershipDetails | CollaborationDetails;
  onSelect: (id: string) => void;
}

/** A partnership or collaboration (a node of the two-mode view): members with roles, dates, sources. */
export function AffiliationDetails({ details, onSelect }: AffiliationDetailsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const partnership = isPartnership(details);
  const members = partnership
    ? details.membersConnection.edges.map((e) => ({
        node: e.node,
        role: e.properties.role ? t(`memberRole.${e.properties.role}`) : null,
      }))
    : details.participantsConnection.edges.map((e) => ({
        node: e.node,
        role: e.properties.role ? t(`participationRole.${e.properties.role}`) : null,
      }));
  return (
    <>
      <p className="tie-meta">
        {partnership ? (
          <DateRange start={details.signedOn} end={details.endedOn} />
        ) : (
          <>
            <span className="tag">{t(`tieKind.${details.kind}`)}</span>
            <DateRange start={details.startedOn} end={details.endedOn} kind={details.kind} />
          </>
        )}
      </p>
      {partnership && details.goal && <p className="small">{details.goal}</p>}
      {!partnership && (details.programme || details.amountPln !== null) && (
        <p className="small">
          {[details.programme, details.amountPln !== null ? formatPln(details.amountPln, locale) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <h3>{t('details.members', { count: members.length })}</h3>
      <ul className="members">
        {members.map(({ node, role }) => (
          <li key={node.id}>
            <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
              {node.name}
            </button>
            <span className="muted small">
              {[tMaybe(`kind.${node.kind}`, node.kind), role].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('details.sources')}</h3>
      <SourceList sources={details.sourcesConnection.edges} />
    </>
  );
}
