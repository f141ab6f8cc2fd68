import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../core/i18n';
import { formatDate } from '../../core/i18n/format';

export interface CitedSource {
  properties: { quote: string | null };
  node: {
    id: string;
    title: string;
    publisher: string | null;
    url: string | null;
    /** The source text's file (cypher/seed/sources/); absent for sources entered by hand. */
    file?: string | null;
    publishedOn: string | null;
  };
}

/** The documents behind a tie, each with the quoted passage and its date: the why of the line. */
export function SourceList({ sources }: { sources: readonly CitedSource[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (sources.length === 0) return <p className="muted small">{t('details.noSources')}</p>;
  return (
    <ul className="sources" aria-label={t('details.sources')}>
      {sources.map(({ node, properties }) => (
        <li key={node.id} data-testid="source">
          <span className="source-title">
            {node.url ? (
              <a href={node.url} target="_blank" rel="noreferrer noopener">
                {node.title}
              </a>
            ) : (
              node.title
            )}
          </span>
          <span className="muted small">
            {[
              node.publisher,
              node.publishedOn ? formatDate(node.publishedOn, locale) : null,
              node.file ? t('provenance.file', { file: node.file }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {properties.quote && (
            <blockquote className="quote" data-testid="source-quote">
              „{properties.quote}”
            </blockquote>
          )}
        </li>
      ))}
    </ul>
  );
}
