import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { splitAtQuote, useSourceText } from '../../core/provenance';
import { EditDialog } from '../edit/EditDialog';
import { StatusMessage } from '../StatusMessage';

interface SourceViewerProps {
  id: string;
  title: string;
  /** The passage the tie cites: highlighted and scrolled to. */
  quote: string | null;
  onClose: () => void;
}

/** A source's stored document text, with the cited passage marked, so a reader can check it. */
export function SourceViewer({ id, title, quote, onClose }: SourceViewerProps) {
  const { t } = useTranslation();
  const [state, retry] = useSourceText(id);
  const mark = useRef<HTMLElement>(null);
  const text = state.status === 'success' ? (state.data?.text ?? null) : null;
  const split = useMemo(() => (text === null ? null : splitAtQuote(text, quote)), [text, quote]);
  useEffect(() => {
    if (split) mark.current?.scrollIntoView({ block: 'center' });
  }, [split]);
  return (
    <EditDialog title={title} onClose={onClose} testId="source-viewer">
      {state.status === 'error' ? (
        <StatusMessage kind="error" error={state.error} onRetry={retry} inline />
      ) : state.status !== 'success' ? (
        <StatusMessage kind="loading" text={t('source.loading')} inline />
      ) : text === null ? (
        <p className="muted" data-testid="source-no-text">
          {t('source.noText')}
        </p>
      ) : (
        <>
          {quote && !split && (
            <p className="muted small" data-testid="source-quote-missing">
              {t('source.quoteNotFound')}
            </p>
          )}
          {/* Focusable, so the text scrolls from the keyboard too. */}
          <section
            className="source-text"
            data-testid="source-text"
            lang="pl"
            aria-label={title}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus
            tabIndex={0}
          >
            {split ? (
              <>
                {split.before}
                <mark ref={mark} data-testid="source-mark">
                  {split.match}
                </mark>
                {split.after}
              </>
            ) : (
              text
            )}
          </section>
        </>
      )}
    </EditDialog>
  );
}
