import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tMaybe } from '../../core/i18n';
import './ExportMenu.css';
import { type ImportReport, problemPlace, type UploadResult, uploadImport } from './importApi';
import { mayImport, storedToken } from './session';

interface ImportDialogProps {
  /** Called after an import wrote something, so the view can reload. */
  onImported: () => void;
  /** The signed-in user's token (default: where the explorer's sign-in keeps it). */
  token?: string | null;
}

/**
 * Import of a CSV/XLSX/JSON file: check it first (dry run), then import; the server's report —
 * what would be created, updated, left unchanged, and every problem with its row — is shown as is.
 */
export function ImportDialog({ onImported, token = storedToken() }: ImportDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<UploadResult | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    const answer = await uploadImport(file, { dryRun, skipInvalid, token });
    setBusy(false);
    setResult(answer);
    if (answer.ok && answer.report.outcome === 'applied') onImported();
  };

  // Only editors and admins may import; the server checks the token again.
  if (!mayImport(token)) return null;
  return (
    <>
      <button type="button" data-testid="import-open" onClick={() => dialog.current?.showModal()}>
        {t('import.open')}
      </button>
      <dialog
        ref={dialog}
        className="import-dialog"
        data-testid="import-dialog"
        aria-labelledby="import-title"
      >
        <h2 id="import-title">{t('import.title')}</h2>
        <p className="hint">{t('import.hint')}</p>
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.json"
          aria-label={t('import.file')}
          data-testid="import-file"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setResult(null);
          }}
        />
        <label className="import-option">
          <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
          {t('import.skipInvalid')}
        </label>
        <div className="import-actions">
          <button
            type="button"
            disabled={!file || busy}
            onClick={() => send(true)}
            data-testid="import-check"
          >
            {t('import.check')}
          </button>
          <button
            type="button"
            disabled={!file || busy}
            onClick={() => send(false)}
            data-testid="import-apply"
          >
            {t('import.apply')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('import.close')}
          </button>
        </div>
        <div aria-live="polite" data-testid="import-result">
          {busy && <p>{t('import.busy')}</p>}
          {result && !result.ok && (
            <p className="import-error" data-code={result.code}>
              {result.message}
            </p>
          )}
          {result?.ok && <Report report={result.report} />}
        </div>
      </dialog>
    </>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const rows = Object.entries(report.summary).filter(
    ([, s]) => s.create + s.update + s.unchanged + s.invalid > 0,
  );
  return (
    <div className="import-report" data-outcome={report.outcome}>
      <p>
        <strong>{t(`import.outcome.${report.outcome}`)}</strong>
        {report.encoding && ` (${report.format.toUpperCase()}, ${report.encoding})`}
      </p>
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>{t('import.records')}</th>
              <th>{t('import.create')}</th>
              <th>{t('import.update')}</th>
              <th>{t('import.unchanged')}</th>
              <th>{t('import.invalid')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([kind, s]) => (
              <tr key={kind} data-kind={kind}>
                <td>{tMaybe(`import.kind.${kind}`, kind)}</td>
                <td>{s.create}</td>
                <td>{s.update}</td>
                <td>{s.unchanged}</td>
                <td>{s.invalid}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.problems.length > 0 && (
        <>
          <h3>{t('import.problems', { count: report.problems.length })}</h3>
          <ul className="import-problems" data-testid="import-problems">
            {report.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity of their own
              <li key={i}>
                <span className="place">{problemPlace(p)}</span>: {p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <ul className="import-warnings">
          {report.warnings.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no identity of their own
            <li key={i}>
              {problemPlace(w)}: {w.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
