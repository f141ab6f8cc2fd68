import type { GraphQLRequestError } from '../api/errors';
import { t, tMaybe } from '../core/i18n';

type StatusMessageProps =
  | { kind: 'loading' | 'empty'; text: string }
  | { kind: 'error'; error: GraphQLRequestError; onRetry: () => void };

/** Loading, empty and error states share one look, so no state is ever a blank screen. */
export function StatusMessage(props: StatusMessageProps) {
  if (props.kind !== 'error') {
    return (
      <div className={`status status-${props.kind}`} role="status" data-testid={`status-${props.kind}`}>
        {props.kind === 'loading' && <span className="spinner" aria-hidden="true" />}
        <p>{props.text}</p>
      </div>
    );
  }
  const { error, onRetry } = props;
  return (
    <div className="status status-error" role="alert" data-testid="status-error">
      <p className="status-title">{t('error.title')}</p>
      <p>{tMaybe(`error.${error.code}`, error.message)}</p>
      <p className="status-code">{t('error.code', { code: error.code })}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
