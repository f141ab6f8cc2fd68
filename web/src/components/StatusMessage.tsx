import { useTranslation } from 'react-i18next';
import type { GraphQLRequestError } from '../api/errors';
import { i18n, tMaybe } from '../core/i18n';

type StatusMessageProps =
  | { kind: 'loading' | 'empty'; text: string; inline?: boolean }
  | { kind: 'error'; error: GraphQLRequestError; onRetry?: () => void; inline?: boolean };

/** A person's sentence for an error: the translated text of its code, else the server's message. */
export function errorText(error: GraphQLRequestError): string {
  return tMaybe(`error.${error.code}`, error.message || i18n.t('error.unknown'));
}

/** Loading, empty and error states share one look, so no state is ever a blank screen. */
export function StatusMessage(props: StatusMessageProps) {
  const { t } = useTranslation();
  const className = `status status-${props.kind}${props.inline ? ' status-inline' : ''}`;
  if (props.kind !== 'error') {
    return (
      <div className={className} role="status" data-testid={`status-${props.kind}`}>
        {props.kind === 'loading' && <span className="spinner" aria-hidden="true" />}
        <p>{props.text}</p>
      </div>
    );
  }
  const { error, onRetry } = props;
  return (
    <div className={className} role="alert" data-testid="status-error">
      <p className="status-title">{t('error.title')}</p>
      <p>{errorText(error)}</p>
      <p className="status-code">{t('error.code', { code: error.code })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
