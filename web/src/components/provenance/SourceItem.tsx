import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../core/i18n';
import { formatDate } from '../../core/i18n/format';
import { SourceViewer } from './SourceViewer';

export interface SourceFields {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  /** The stored text's file (cypher/seed/sources/); absent for sources entered by hand. */
  file?: string | null;
  publishedOn: string | null;
}

interface SourceItemProps {
  source: SourceFields;
  quote: string | null;
  /** data-testid of the item and of its quote (the details panel and the tie panel differ). */
  testId: string;
  quoteTestId: string;
}

/**
 * One cited source, openable by a reader: its URL in a new tab where one is known, otherwise its
 * stored text in a viewer with the quote highlighted.
 */
export function SourceItem({ source, quote, testId, quoteTestId }: SourceItemProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [open, setOpen] = useState(false);
  return (
    <li data-testid={testId} data-source-id={source.id}>
      <span className="source-title">
        {source.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer" data-testid="source-link">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </span>
      <span className="muted small">
        {[source.publisher, source.publishedOn ? formatDate(source.publishedOn, locale) : null]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {quote && (
        <blockquote className="quote" data-testid={quoteTestId}>
          „{quote}”
        </blockquote>
      )}
      {!source.url && source.file && (
        <button
          type="button"
          className="link-button small"
          data-testid="source-open"
          onClick={() => setOpen(true)}
        >
          {t('source.open')}
        </button>
      )}
      {open && (
        <SourceViewer id={source.id} title={source.title} quote={quote} onClose={() => setOpen(false)} />
      )}
    </li>
  );
}
