import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthState } from '../../core/auth';
import { EditDialog } from '../edit/EditDialog';

/**
 * Sign in by pasting a token (e.g. from `pnpm token --role editor --regions 26`); the app shows
 * the role and regions it carries. The server checks the signature on every request.
 */
export function SignIn({ auth }: { auth: AuthState }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { session } = auth;

  if (session) {
    return (
      <div className="session" data-testid="session">
        <span className="session-badge" data-testid="session-role">
          {t(`role.${session.role}`)}
          {session.regions.length > 0 && ` · ${t('auth.regions', { regions: session.regions.join(', ') })}`}
        </span>
        <button type="button" className="header-button" onClick={auth.signOut} data-testid="sign-out">
          {t('auth.signOut')}
        </button>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="header-button" onClick={() => setOpen(true)} data-testid="sign-in">
        {t('auth.signIn')}
      </button>
      {open && (
        <EditDialog title={t('auth.title')} onClose={() => setOpen(false)} testId="sign-in-dialog">
          <form
            className="edit-form"
            onSubmit={(event) => {
              event.preventDefault();
              const result = auth.signIn(token);
              if (result === null) {
                setOpen(false);
                setToken('');
                setProblem(null);
              } else {
                setProblem(t(`auth.${result}`));
              }
            }}
          >
            <div className={`field form-field${problem ? ' invalid' : ''}`}>
              <label htmlFor={id}>{t('auth.token')}</label>
              <textarea
                id={id}
                rows={5}
                value={token}
                spellCheck={false}
                aria-invalid={problem !== null}
                aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
                data-testid="token-input"
                onChange={(event) => setToken(event.target.value)}
              />
              <small id={`${id}-hint`} className="muted">
                {t('auth.hint')}
              </small>
              {problem && (
                <small id={`${id}-error`} className="error-text" role="alert">
                  {problem}
                </small>
              )}
            </div>
            <div className="form-actions">
              <button type="submit" className="primary" data-testid="token-submit">
                {t('auth.signIn')}
              </button>
            </div>
          </form>
        </EditDialog>
      )}
    </>
  );
}
