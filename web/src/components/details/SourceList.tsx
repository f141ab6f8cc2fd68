import { useTranslation } from 'react-i18next';
import { type SourceFields, SourceItem } from '../provenance/SourceItem';

export interface CitedSource {
  properties: { quote: string | null };
  node: SourceFields;
}

/** The documents behind a tie, each with the quoted passage and its date: the why of the line. */
export function SourceList({ sources }: { sources: readonly CitedSource[] }) {
  const { t } = useTranslation();
  if (sources.length === 0)
    return (
      <p className="muted small" data-testid="no-sources">
        {t('details.noSources')}
      </p>
    );
  return (
    <ul className="sources" aria-label={t('details.sources')}>
      {sources.map(({ node, properties }) => (
        <SourceItem
          key={node.id}
          source={node}
          quote={properties.quote}
          testId="source"
          quoteTestId="source-quote"
        />
      ))}
    </ul>
  );
}
